package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;
import dev.crossorigin.conformance.RoutingPathController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Mapping selection against Spring MVC's routing on a real Tomcat.
 */
@SpringBootTest(classes = ServletRoutingPathTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=servlet" })
class ServletRoutingPathTests extends AbstractRoutingPathTests {

	@UnsecuredTestApplication
	@Import(RoutingPathController.class)
	static class App {

	}

}
