package dev.crossorigin.slice;

import dev.crossorigin.cors.autoconfigure.CorsAutoConfiguration;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;

/** A {@code @WebMvcTest} slice leaves the starter out when told to. With Spring Boot 3.5's annotations. */
@WebMvcTest(controllers = GreetingController.class, excludeAutoConfiguration = CorsAutoConfiguration.class)
class WebMvcSliceWithoutStarterTests extends AbstractServletWithoutStarterTests {

}
