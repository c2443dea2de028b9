package dev.crossorigin.it.errors;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Error responses on Spring WebFlux and Netty, where Spring Boot's
 * {@code ErrorWebExceptionHandler} renders errors on the same exchange.
 */
@SpringBootTest(classes = ReactiveErrorResponseTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveErrorResponseTests extends AbstractErrorResponseTests {

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
