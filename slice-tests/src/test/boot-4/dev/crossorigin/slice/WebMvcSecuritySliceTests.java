package dev.crossorigin.slice;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** A {@code @WebMvcTest} slice with Spring Security in it includes the starter, ordered before Security. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebMvcTest(GreetingController.class)
@Import(ServletSecurity.class)
class WebMvcSecuritySliceTests extends AbstractSecuredServletCorsTests {

}
