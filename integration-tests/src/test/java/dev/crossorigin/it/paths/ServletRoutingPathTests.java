package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.AbstractRoutingPathTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Mapping selection against Spring MVC's routing on a real Tomcat.
 */
@SpringBootTest(classes = RoutingPathApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=servlet" })
class ServletRoutingPathTests extends AbstractRoutingPathTests {

}
