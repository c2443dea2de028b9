package dev.crossorigin.slice;

import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;

/** A {@code @WebFluxTest} slice includes the starter. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebFluxTest(GreetingController.class)
class WebFluxSliceTests extends AbstractReactiveCorsTests {

}
