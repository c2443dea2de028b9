package dev.crossorigin.slice;

import dev.crossorigin.cors.autoconfigure.CorsAutoConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** A {@code @WebMvcTest} slice leaves the starter out when told to. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebMvcTest(controllers = GreetingController.class, excludeAutoConfiguration = CorsAutoConfiguration.class)
class WebMvcSliceWithoutStarterTests extends AbstractServletWithoutStarterTests {

}
