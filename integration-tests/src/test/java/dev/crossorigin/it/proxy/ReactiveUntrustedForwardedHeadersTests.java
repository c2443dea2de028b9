package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Forwarded headers on Netty without {@code server.forward-headers-strategy}.
 */
@SpringBootTest(classes = ReactiveUntrustedForwardedHeadersTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.forward-headers-strategy=none" })
class ReactiveUntrustedForwardedHeadersTests extends AbstractUntrustedForwardedHeadersTests {

	@UnsecuredTestApplication
	static class App {

	}

}
