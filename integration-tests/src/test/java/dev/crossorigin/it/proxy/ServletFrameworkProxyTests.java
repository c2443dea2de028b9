package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Behind a trusted proxy on Tomcat with
 * {@code server.forward-headers-strategy=framework}: Spring's
 * {@code ForwardedHeaderFilter} applies the forwarded headers, and Spring Boot orders it
 * first in the filter chain, before the CORS filter.
 */
@SpringBootTest(classes = ServletFrameworkProxyTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=framework" })
class ServletFrameworkProxyTests extends AbstractTrustedProxyTests {

	@UnsecuredTestApplication
	static class App {

	}

}
