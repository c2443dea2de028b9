package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;
import dev.crossorigin.conformance.RoutingPathController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Mapping selection on Netty behind {@code spring.webflux.base-path}: mappings are
 * written relative to the application, as WebFlux's handler mappings are.
 */
@SpringBootTest(classes = ReactiveBasePathRoutingPathTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=reactive",
				"spring.webflux.base-path=/ctx" })
class ReactiveBasePathRoutingPathTests extends AbstractRoutingPathTests {

	@Override
	protected String prefix() {
		return "/ctx";
	}

	@UnsecuredTestApplication
	@Import(RoutingPathController.class)
	static class App {

	}

}
