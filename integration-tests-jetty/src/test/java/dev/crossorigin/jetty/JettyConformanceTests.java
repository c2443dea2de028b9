package dev.crossorigin.jetty;

import dev.crossorigin.conformance.AbstractConformanceTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance table on Spring MVC with a real Jetty: the servlet filter must give the same answers on another
 * container, whose error handling and header bookkeeping differ from Tomcat's.
 */
@SpringBootTest(classes = JettyConformanceTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractConformanceTests.POLICY, "spring.main.web-application-type=servlet" })
class JettyConformanceTests extends AbstractConformanceTests {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void runsOnJetty() {
		assertThat(this.context.getWebServer()).isInstanceOf(JettyWebServer.class);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(ConformanceController.class)
	static class App {

	}

}
