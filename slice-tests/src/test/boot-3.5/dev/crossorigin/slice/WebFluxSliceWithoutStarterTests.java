package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;

/** A {@code @WebFluxTest} slice leaves the starter out with {@code cors.enabled=false}. With Spring Boot 3.5's annotations. */
@WebFluxTest(controllers = GreetingController.class, properties = "cors.enabled=false")
class WebFluxSliceWithoutStarterTests extends AbstractReactiveWithoutStarterTests {

}
