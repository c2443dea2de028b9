package dev.crossorigin.it.proxy;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Behind a trusted proxy on Tomcat with {@code server.forward-headers-strategy=native}:
 * Tomcat's {@code RemoteIpValve} applies the forwarded headers before any filter runs.
 */
@SpringBootTest(classes = ServletNativeProxyTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=native" })
class ServletNativeProxyTests extends AbstractTrustedProxyTests {

	@UnsecuredTestApplication
	static class App {

	}

}
