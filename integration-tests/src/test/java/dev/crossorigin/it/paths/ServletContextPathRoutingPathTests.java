package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;
import dev.crossorigin.conformance.RoutingPathController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Mapping selection on Tomcat behind {@code server.servlet.context-path}: mappings are
 * written relative to the application, as Spring MVC's handler mappings are.
 */
@SpringBootTest(classes = ServletContextPathRoutingPathTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=servlet",
				"server.servlet.context-path=/ctx" })
class ServletContextPathRoutingPathTests extends AbstractRoutingPathTests {

	@Override
	protected String prefix() {
		return "/ctx";
	}

	@UnsecuredTestApplication
	@Import(RoutingPathController.class)
	static class App {

	}

}
