package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Behind a trusted proxy on Netty with {@code server.forward-headers-strategy=native}:
 * Reactor Netty applies the forwarded headers as it reads the request.
 */
@SpringBootTest(classes = ReactiveNativeProxyTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.forward-headers-strategy=native" })
class ReactiveNativeProxyTests extends AbstractTrustedProxyTests {

	@UnsecuredTestApplication
	static class App {

	}

}
