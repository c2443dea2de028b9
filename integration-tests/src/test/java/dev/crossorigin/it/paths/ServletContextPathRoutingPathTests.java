package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Mapping selection on Tomcat behind {@code server.servlet.context-path}: mappings are
 * written relative to the application, as Spring MVC's handler mappings are.
 */
@SpringBootTest(classes = RoutingPathApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=servlet",
				"server.servlet.context-path=/ctx" })
class ServletContextPathRoutingPathTests extends AbstractRoutingPathTests {

}
