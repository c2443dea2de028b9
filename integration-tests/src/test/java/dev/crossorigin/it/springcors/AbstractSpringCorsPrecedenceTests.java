package dev.crossorigin.it.springcors;

import java.net.http.HttpResponse;
import java.util.List;

import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static dev.crossorigin.it.support.TestController.LEGACY;

/**
 * The starter next to the web framework's own CORS support, {@code @CrossOrigin} and
 * {@code addCorsMappings}, both configured to allow only
 * {@link dev.crossorigin.it.support.TestController#LEGACY}. On paths the policy covers
 * ({@code /api/**}) the starter answers; on paths it does not cover ({@code /spring/**})
 * or leaves alone with an {@code enabled: false} mapping ({@code /api/legacy/**}) the
 * framework's CORS works as if the starter were absent. Subclasses choose the stack.
 */
abstract class AbstractSpringCorsPrecedenceTests extends AbstractServerTests {

	/**
	 * The paths the framework's CORS covers through {@code addCorsMappings}; the others
	 * carry {@code @CrossOrigin}.
	 */
	static final List<String> MAPPED_PATHS = List.of("/api/mapped", "/api/legacy/mapped", "/spring/mapped");

	@ParameterizedTest
	@ValueSource(strings = { "/api/annotated", "/api/mapped" })
	void preflightOnCoveredPathIsAnsweredByTheStarter(String path) {
		HttpResponse<String> response = http().preflight(path, APP, "PUT", "content-type");
		assertThatResponse(response).hasStatus(204)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Allow-Methods", "GET, POST, PUT, DELETE", "Access-Control-Allow-Headers",
					"content-type", "Access-Control-Max-Age", "600")
			.hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/annotated", "/api/mapped" })
	void preflightOnCoveredPathFromOriginOnlyTheFrameworkAllowsIsRefusedByTheStarter(String path) {
		HttpResponse<String> response = http().preflight(path, LEGACY, "GET", null);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders().hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/annotated", "/api/mapped" })
	void actualRequestOnCoveredPathCarriesTheStartersHeadersOnce(String path) {
		HttpResponse<String> response = http().get(path, "Origin", APP);
		assertThatResponse(response).hasStatus(200)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Expose-Headers", "X-Request-Id")
			.variesOn("Origin")
			.hasNoDuplicateHeaders();
	}

	/**
	 * The starter adds nothing for an origin it refuses and lets the request proceed; the
	 * framework's processor, configured on the same handler, then applies its own rules.
	 * One policy per path avoids this: see the README.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/annotated", "/api/mapped" })
	void actualRequestOnCoveredPathFromOriginTheStarterRefusesIsLeftToTheFrameworksConfiguration(String path) {
		HttpResponse<String> response = http().get(path, "Origin", LEGACY);
		assertThatResponse(response).hasStatus(200)
			.hasSingleHeader("Access-Control-Allow-Origin", LEGACY)
			.doesNotHaveHeader("Access-Control-Allow-Credentials")
			.hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/annotated", "/api/mapped" })
	void actualRequestOnCoveredPathFromOriginBothRefuseIsRefused403ByTheFramework(String path) {
		HttpResponse<String> response = http().get(path, "Origin", Http.EVIL);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders().hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/spring/annotated", "/spring/mapped", "/api/legacy/annotated", "/api/legacy/mapped" })
	void preflightOnUncoveredPathIsAnsweredByTheFramework(String path) {
		HttpResponse<String> response = http().preflight(path, LEGACY, "GET", null);
		assertThatResponse(response).hasStatus(200)
			.hasSingleHeader("Access-Control-Allow-Origin", LEGACY)
			.doesNotHaveHeader("Access-Control-Allow-Credentials")
			.hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/spring/annotated", "/spring/mapped", "/api/legacy/annotated", "/api/legacy/mapped" })
	void preflightOnUncoveredPathFromTheStartersOriginIsRefusedByTheFramework(String path) {
		HttpResponse<String> response = http().preflight(path, APP, "GET", null);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders().hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/spring/annotated", "/spring/mapped", "/api/legacy/annotated", "/api/legacy/mapped" })
	void actualRequestOnUncoveredPathCarriesTheFrameworksHeaders(String path) {
		HttpResponse<String> response = http().get(path, "Origin", LEGACY);
		assertThatResponse(response).hasStatus(200)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", LEGACY)
			.hasNoDuplicateHeaders();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/spring/annotated", "/spring/mapped", "/api/legacy/annotated", "/api/legacy/mapped" })
	void actualRequestOnUncoveredPathFromTheStartersOriginIsRefusedByTheFramework(String path) {
		HttpResponse<String> response = http().get(path, "Origin", APP);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders().hasNoDuplicateHeaders();
	}

}
