package dev.crossorigin.sample.diagnostics;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * Rejection diagnostics on Spring WebFlux with a real Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=reactive")
@TestPropertySource(properties = { "spring.config.location=classpath:/conformance/application.yml", "cors.debug=true",
		"logging.level.dev.crossorigin.cors=DEBUG", "management.endpoints.web.exposure.include=cors" })
class ReactiveDiagnosticsTests extends AbstractDiagnosticsTests {

	@Override
	String stack() {
		return "reactive";
	}

}
