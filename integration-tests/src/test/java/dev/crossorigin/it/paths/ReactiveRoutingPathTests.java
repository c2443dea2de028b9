package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;
import dev.crossorigin.conformance.RoutingPathController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Mapping selection against Spring WebFlux's routing on a real Netty.
 */
@SpringBootTest(classes = ReactiveRoutingPathTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=reactive" })
class ReactiveRoutingPathTests extends AbstractRoutingPathTests {

	@UnsecuredTestApplication
	@Import(RoutingPathController.class)
	static class App {

	}

}
