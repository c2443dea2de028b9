package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;

/** A {@code @WebMvcTest} slice includes the starter. With Spring Boot 3.5's annotations. */
@WebMvcTest(GreetingController.class)
class WebMvcSliceTests extends AbstractServletCorsTests {

}
