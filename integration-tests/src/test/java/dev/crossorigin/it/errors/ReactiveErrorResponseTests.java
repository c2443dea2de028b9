package dev.crossorigin.it.errors;

import java.net.http.HttpResponse;

import dev.crossorigin.it.support.UnsecuredTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error responses on Spring WebFlux and Netty, where Spring Boot's
 * {@code ErrorWebExceptionHandler} renders errors on the same exchange.
 */
@SpringBootTest(classes = ReactiveErrorResponseTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveErrorResponseTests extends AbstractErrorResponseTests {

	@Test
	void controllerVaryReplacesOursOnAResponseWithoutCorsHeaders() {
		// WebFlux puts a ResponseEntity's Vary over the response's own. Origin is merged
		// back at commit only into responses that carry CORS headers, so that no other
		// response pays for a commit callback (README, "What the filter does").
		HttpResponse<String> response = http().get("/api/vary");
		assertThatResponse(response).hasStatus(200).hasNoCorsHeaders().hasNoDuplicateHeaders();
		assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Language");
	}

	@UnsecuredTestApplication
	@Import(VarySettingController.class)
	static class App {

	}

	@RestController
	static class VarySettingController {

		@GetMapping("/api/vary-set")
		String varySet(ServerHttpResponse response) {
			response.getHeaders().set("Vary", "Accept-Encoding");
			return "vary set";
		}

	}

}
