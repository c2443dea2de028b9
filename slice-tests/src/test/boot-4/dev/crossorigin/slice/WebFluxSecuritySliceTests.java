package dev.crossorigin.slice;

import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;

/** A {@code @WebFluxTest} slice with Spring Security in it includes the starter, ordered before Security. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebFluxTest(GreetingController.class)
@Import(ReactiveSecurity.class)
class WebFluxSecuritySliceTests extends AbstractSecuredReactiveCorsTests {

}
