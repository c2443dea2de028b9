package dev.crossorigin.sample.live;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live profile on Spring WebFlux and Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spring.main.web-application-type=reactive")
@ActiveProfiles("live")
class ReactiveLivePolicyTests extends AbstractLivePolicyTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		serveOn(registry, PORT);
	}

	@Override
	int port() {
		return PORT;
	}

}
