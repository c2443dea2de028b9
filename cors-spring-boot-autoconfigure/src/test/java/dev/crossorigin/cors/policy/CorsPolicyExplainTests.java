package dev.crossorigin.cors.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsPolicy#explain}: one safe line saying why.
 */
class CorsPolicyExplainTests {

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com")
		.allowedOriginPatterns("https://*.preview.example.com")
		.allowedMethods("GET", "POST")
		.allowedHeaders("Content-Type")
		.mapping((mapping) -> mapping.paths("/internal/**").enabled(false))
		.build();

	private String explain(CorsRequest request) {
		return this.policy.explain(request, CorsRequest.READER);
	}

	@Test
	void refusedOriginListsTheAllowedOriginsAndPatterns() {
		assertThat(explain(CorsRequest.actual("GET", "/a", "https://evil.example")))
			.isEqualTo("CORS request from a disallowed origin (passed on without CORS headers): 'GET' '/a': origin "
					+ "'https://evil.example' is not allowed; allowed origins: https://app.example.com; allowed "
					+ "origin patterns: https://*.preview.example.com");
	}

	@Test
	void refusedMethodListsTheAllowedMethods() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "PUT", null)))
			.endsWith("method 'PUT' is not allowed (methods are case-sensitive); allowed methods: GET, POST");
	}

	@Test
	void refusedHeadersAreNamedOneByOne() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "POST", "content-type, x-a,x-b")))
			.endsWith("request header(s) 'x-a', 'x-b' not allowed; allowed headers: Content-Type");
	}

	@Test
	void privateNetworkRefusalSaysWhichSettingIsOff() {
		assertThat(explain(new CorsRequest("OPTIONS", "/a", "https://app.example.com", "GET", null, "true")))
			.endsWith("Private Network Access was requested but allow-private-network is false");
	}

	@Test
	void malformedOriginIsNamedMalformed() {
		assertThat(explain(CorsRequest.actual("GET", "/a", "https://app.example.com/")))
			.endsWith("origin 'https://app.example.com/' is malformed: not a serialised origin scheme://host[:port]");
	}

	@Test
	void oversizedRequestHeadersAreNamedMalformedWithTheCap() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "POST", "x".repeat(5000))))
			.endsWith("Access-Control-Request-Headers is malformed: 5000 characters, more than the 4096 accepted");
	}

	@Test
	void tooManyRequestHeadersAreNamedMalformedWithTheCap() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "POST", "a,".repeat(70) + "a")))
			.endsWith("Access-Control-Request-Headers is malformed: more than 64 names");
	}

	@Test
	void malformedRequestMethodIsNamedMalformed() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "G ET", null)))
			.endsWith("Access-Control-Request-Method 'G ET' is malformed: not a method token");
	}

	@Test
	void listWithAnEmptyElementBeforeTheCapIsNamedForTheElementTheDecisionStoppedAt() {
		String requestHeaders = "content-type,," + "a,".repeat(70) + "a";
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "POST", requestHeaders)))
			.contains("is malformed: each comma-separated element must be one header name");
	}

	@Test
	void malformedListIsNamedMalformedEvenWhenItAlsoNamesRefusedHeaders() {
		assertThat(explain(CorsRequest.preflight("/a", "https://app.example.com", "POST", "x-a, content-type,")))
			.endsWith("Access-Control-Request-Headers 'x-a, content-type,' is malformed: each comma-separated "
					+ "element must be one header name");
	}

	@Test
	void requestValuesCannotForgeLogLines() {
		String explanation = explain(CorsRequest.actual("GET", "/a", "https://evil.example\r\nINFO forged line"));
		assertThat(explanation).doesNotContain("\r").doesNotContain("\n").contains("'https://evil.example??INFO");
	}

	@Test
	void longRequestValuesAreShortened() {
		assertThat(explain(CorsRequest.actual("GET", "/a", "https://" + "a".repeat(500) + ".example")))
			.hasSizeLessThan(400)
			.contains("...'");
	}

	@Test
	void acceptedAndUncoveredRequestsAreExplainedToo() {
		assertThat(explain(CorsRequest.preflight("/a", "https://x.preview.example.com", "GET", "content-type")))
			.isEqualTo("CORS preflight accepted: 'OPTIONS' '/a' from origin 'https://x.preview.example.com'");
		assertThat(explain(CorsRequest.actual("GET", "/internal/x", "https://app.example.com")))
			.contains("is not covered by an enabled mapping");
		assertThat(explain(CorsRequest.of("GET", "/a"))).contains("has no Origin header");
	}

}
