package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Forwarded headers on Tomcat without {@code server.forward-headers-strategy}.
 */
@SpringBootTest(classes = ServletUntrustedForwardedHeadersTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=none" })
class ServletUntrustedForwardedHeadersTests extends AbstractUntrustedForwardedHeadersTests {

	@UnsecuredTestApplication
	static class App {

	}

}
