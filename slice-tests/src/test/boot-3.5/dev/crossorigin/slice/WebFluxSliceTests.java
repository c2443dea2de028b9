package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;

/** A {@code @WebFluxTest} slice includes the starter. With Spring Boot 3.5's annotations. */
@WebFluxTest(GreetingController.class)
class WebFluxSliceTests extends AbstractReactiveCorsTests {

}
