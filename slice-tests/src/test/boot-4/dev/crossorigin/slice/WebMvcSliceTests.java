package dev.crossorigin.slice;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** A {@code @WebMvcTest} slice includes the starter. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebMvcTest(GreetingController.class)
class WebMvcSliceTests extends AbstractServletCorsTests {

}
