package dev.crossorigin.sample.conformance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conformance table on Spring WebFlux with a real Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractConformanceTests.POLICY, "spring.main.web-application-type=reactive" })
class ReactiveConformanceTests extends AbstractConformanceTests {

	@LocalServerPort
	int port;

	@Override
	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
