package dev.crossorigin.jetty;

import dev.crossorigin.conformance.AbstractConformanceTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance table on Spring MVC with a real Jetty: the servlet filter must give the
 * same answers on another container, whose error handling and header bookkeeping differ
 * from Tomcat's.
 */
@SpringBootTest(classes = JettyConformanceTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractConformanceTests.POLICY, "spring.main.web-application-type=servlet" })
class JettyConformanceTests extends AbstractConformanceTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void runsOnJetty() throws Exception {
		// Read reflectively: the web server types moved packages between Spring Boot 3.5
		// and 4.
		Object webServer = this.context.getClass().getMethod("getWebServer").invoke(this.context);
		assertThat(webServer.getClass().getSimpleName()).startsWith("Jetty").endsWith("WebServer");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(ConformanceController.class)
	static class App {

	}

}
