package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Mapping selection on Netty behind {@code spring.webflux.base-path}: mappings are
 * written relative to the application, as WebFlux's handler mappings are.
 */
@SpringBootTest(classes = RoutingPathApp.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=reactive", "spring.webflux.base-path=/ctx" })
class ReactiveBasePathRoutingPathTests extends AbstractRoutingPathTests {

}
