package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Behind a trusted proxy on Netty with {@code server.forward-headers-strategy=framework}:
 * Spring's {@code ForwardedHeaderTransformer} applies the forwarded headers before any
 * {@code WebFilter} runs.
 */
@SpringBootTest(classes = ReactiveFrameworkProxyTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.forward-headers-strategy=framework" })
class ReactiveFrameworkProxyTests extends AbstractTrustedProxyTests {

	@UnsecuredTestApplication
	static class App {

	}

}
