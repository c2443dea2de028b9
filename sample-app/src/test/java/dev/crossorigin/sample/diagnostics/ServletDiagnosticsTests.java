package dev.crossorigin.sample.diagnostics;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * Rejection diagnostics on Spring MVC with a real Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=servlet")
@TestPropertySource(properties = { "spring.config.location=classpath:/conformance/application.yml", "cors.debug=true",
		"logging.level.dev.crossorigin.cors=DEBUG", "management.endpoints.web.exposure.include=cors" })
class ServletDiagnosticsTests extends AbstractDiagnosticsTests {

	@Override
	String stack() {
		return "servlet";
	}

}
