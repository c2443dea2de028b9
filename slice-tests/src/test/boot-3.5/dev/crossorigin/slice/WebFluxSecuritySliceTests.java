package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;

/** A {@code @WebFluxTest} slice with Spring Security in it includes the starter, ordered before Security. With Spring Boot 3.5's annotations. */
@WebFluxTest(GreetingController.class)
@Import(ReactiveSecurity.class)
class WebFluxSecuritySliceTests extends AbstractSecuredReactiveCorsTests {

}
