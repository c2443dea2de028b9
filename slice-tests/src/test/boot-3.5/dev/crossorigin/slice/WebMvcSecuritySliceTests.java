package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/** A {@code @WebMvcTest} slice with Spring Security in it includes the starter, ordered before Security. With Spring Boot 3.5's annotations. */
@WebMvcTest(GreetingController.class)
@Import(ServletSecurity.class)
class WebMvcSecuritySliceTests extends AbstractSecuredServletCorsTests {

}
