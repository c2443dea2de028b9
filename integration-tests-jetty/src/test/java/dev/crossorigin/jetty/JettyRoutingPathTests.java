package dev.crossorigin.jetty;

import dev.crossorigin.conformance.AbstractRoutingPathTests;
import dev.crossorigin.conformance.RoutingPathController;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Mapping selection against Spring MVC's routing on a real Jetty, whose URI handling
 * differs from Tomcat's.
 */
@SpringBootTest(classes = JettyRoutingPathTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractRoutingPathTests.POLICY, "spring.main.web-application-type=servlet" })
class JettyRoutingPathTests extends AbstractRoutingPathTests {

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(RoutingPathController.class)
	static class App {

	}

}
