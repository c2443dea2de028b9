package dev.crossorigin.slice;

import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;

/** A {@code @WebFluxTest} slice leaves the starter out with {@code cors.enabled=false}. With Spring Boot 4's annotations (4.0 and 4.1). */
@WebFluxTest(controllers = GreetingController.class, properties = "cors.enabled=false")
class WebFluxSliceWithoutStarterTests extends AbstractReactiveWithoutStarterTests {

}
