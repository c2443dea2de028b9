package dev.crossorigin.it.errors;

import java.net.http.HttpResponse;

import dev.crossorigin.conformance.DeliberateFailures;
import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.Http.EVIL;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses produced after the CORS filter, by the framework's error handling, the
 * application's exception handlers or the controller itself, carry the CORS headers of an
 * allowed origin, once, so that scripts read the real error instead of a CORS failure.
 * Subclasses choose the stack and serve {@code GET /api/vary-set} from a controller that
 * sets {@code Vary: Accept-Encoding} on the stack's own response type.
 */
abstract class AbstractErrorResponseTests extends AbstractServerTests {

	static void assertCorsHeadersOfAllowedOrigin(HttpResponse<String> response, int status) {
		assertThatResponse(response).hasStatus(status)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Expose-Headers", "X-Request-Id")
			.variesOn("Origin")
			.hasNoDuplicateHeaders();
	}

	@Test
	void notFoundCarriesCorsHeaders() {
		assertCorsHeadersOfAllowedOrigin(http().get("/api/missing", "Origin", APP), 404);
	}

	@Test
	void methodNotAllowedCarriesCorsHeaders() {
		assertCorsHeadersOfAllowedOrigin(http().send("DELETE", "/api/hello", "Origin", APP), 405);
	}

	@Test
	void unhandledExceptionIs500WithCorsHeadersOnSpringBootsErrorResponse() {
		HttpResponse<String> response = DeliberateFailures.expectOne(() -> http().get("/api/fail", "Origin", APP));
		assertCorsHeadersOfAllowedOrigin(response, 500);
		// Spring Boot's error body names the failed path: the answer comes from its error
		// handling.
		assertThatResponse(response).bodyContains("\"path\":\"/api/fail\"");
	}

	@Test
	void responseStatusExceptionCarriesCorsHeadersOnSpringBootsErrorResponse() {
		HttpResponse<String> response = http().get("/api/teapot", "Origin", APP);
		assertCorsHeadersOfAllowedOrigin(response, 418);
		assertThatResponse(response).bodyContains("\"path\":\"/api/teapot\"");
	}

	@Test
	void exceptionHandlerResponseCarriesCorsHeaders() {
		HttpResponse<String> response = http().get("/api/handled", "Origin", APP);
		assertCorsHeadersOfAllowedOrigin(response, 409);
		assertThatResponse(response).bodyContains("conflict");
	}

	@Test
	void problemDetailCarriesCorsHeaders() {
		HttpResponse<String> response = http().get("/api/problem", "Origin", APP);
		assertCorsHeadersOfAllowedOrigin(response, 500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThatResponse(response).bodyContains("a problem, on purpose");
	}

	@Test
	void controllerVaryIsKeptAndMergedWithOurs() {
		HttpResponse<String> response = http().get("/api/vary", "Origin", APP);
		assertCorsHeadersOfAllowedOrigin(response, 200);
		assertThatResponse(response).variesOn("Origin", "Accept-Language");
	}

	/**
	 * A controller that sets {@code Vary} on the stack's own response type, replacing the
	 * value there, leaves {@code Origin} in it.
	 */
	@Test
	void controllerSettingVaryOnTheNativeResponseKeepsOrigin() {
		HttpResponse<String> response = http().get("/api/vary-set", "Origin", APP);
		assertCorsHeadersOfAllowedOrigin(response, 200);
		assertThatResponse(response).variesOn("Origin", "Accept-Encoding");
	}

	@Test
	void errorForRefusedOriginCarriesNoCorsHeaders() {
		HttpResponse<String> response = DeliberateFailures.expectOne(() -> http().get("/api/fail", "Origin", EVIL));
		assertThatResponse(response).hasStatus(500).hasNoCorsHeaders().variesOn("Origin").hasNoDuplicateHeaders();
	}

}
