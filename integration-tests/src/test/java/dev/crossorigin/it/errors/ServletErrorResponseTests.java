package dev.crossorigin.it.errors;

import java.net.http.HttpResponse;

import dev.crossorigin.it.support.UnsecuredTestApplication;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;

/**
 * Error responses on Spring MVC and Tomcat, where Spring Boot renders errors on an
 * {@code ERROR} dispatch to {@code /error} that runs through the filter chain a second
 * time.
 */
@SpringBootTest(classes = ServletErrorResponseTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletErrorResponseTests extends AbstractErrorResponseTests {

	@Test
	void errorPageForAnUncoveredPathDoesNotTakeTheCorsHeadersOfErrorPath() {
		// /error itself is under no policy here, but the decision follows the request
		// that failed. (Vary is not asserted: outside the policy it is the application's,
		// and Spring Framework 6.2 adds Vary: Origin itself.)
		HttpResponse<String> response = http().get("/other/missing", "Origin", APP);
		assertThatResponse(response).hasStatus(404).hasNoCorsHeaders();
	}

	@Test
	void controllerVaryIsMergedWithOursWithoutOrigin() {
		// Spring MVC merges a ResponseEntity's Vary with the response's own, so a
		// response without CORS headers keeps Origin too.
		HttpResponse<String> response = http().get("/api/vary");
		assertThatResponse(response).hasStatus(200)
			.hasNoCorsHeaders()
			.variesOn("Origin", "Accept-Language")
			.hasNoDuplicateHeaders();
	}

	@UnsecuredTestApplication
	@Import(VarySettingController.class)
	static class App {

	}

	@RestController
	static class VarySettingController {

		@GetMapping("/api/vary-set")
		String varySet(HttpServletResponse response) {
			response.setHeader("Vary", "Accept-Encoding");
			return "vary set";
		}

	}

}
