package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.List;

/**
 * The fixed policies fuzzed requests are decided against: between them they use every
 * kind of setting, every kind of path pattern and both ways of answering
 * {@code Access-Control-Allow-Origin}.
 */
final class FuzzPolicies {

	/**
	 * Credentials, exact origins and patterns, and mappings: any origin, disabled, and
	 * non-literal paths.
	 */
	static final CorsPolicy CREDENTIALED = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com", "http://[::1]:8080", "chrome-extension://abcdefghijklmnop")
		.allowedOriginPatterns("https://*.preview.example.com", "http://localhost:[*]", "https://*.example.org:[*]",
				"http://127.0.0.1:[*]")
		.allowedMethods("GET", "POST", "PUT", "DELETE", "PATCH")
		.allowedHeaders("Content-Type", "Authorization", "X-Request-Id")
		.exposedHeaders("X-Request-Id")
		.allowCredentials(true)
		.maxAge(Duration.ofHours(1))
		.mapping((mapping) -> mapping.paths("/public/**")
			.allowedOrigins("*")
			.allowCredentials(false)
			.allowedMethods("GET", "HEAD"))
		.mapping((mapping) -> mapping.paths("/internal/**").enabled(false))
		.mapping((mapping) -> mapping.paths("/files/*.txt", "/users/{id}/**", "/v?/items")
			.allowedMethods("*")
			.allowedHeaders("*")
			.allowPrivateNetwork(true))
		.build();

	/** Any origin, any method, any header, private network: answered with {@code *}. */
	static final CorsPolicy ANY_ORIGIN = CorsPolicy.builder()
		.allowedOrigins("*")
		.allowedMethods("*")
		.allowedHeaders("*")
		.exposedHeaders("*")
		.allowPrivateNetwork(true)
		.maxAge(Duration.ZERO)
		.build();

	/** Patterns only, on some paths, with credentials and no request header allowed. */
	static final CorsPolicy PATTERNS_ONLY = CorsPolicy.builder()
		.paths("/api/**", "/static/*/*.js")
		.allowedOriginPatterns("https://*.a.example", "https://*.b.example:8443", "http://a.example:[*]",
				"moz-extension://*.ext.example")
		.allowedHeaders()
		.allowCredentials(true)
		.build();

	/** No origin allowed at all. */
	static final CorsPolicy EMPTY = CorsPolicy.builder().build();

	static final String APP = "https://app.example.com";

	/**
	 * Listed request headers, any, and none, for the
	 * {@code Access-Control-Request-Headers} target.
	 */
	static final List<CorsPolicy> HEADER_LISTS = List.of(
			CorsPolicy.builder()
				.allowedOrigins(APP)
				.allowedHeaders("Content-Type", "Authorization", "X-Request-Id", "x-a", "X-B")
				.build(),
			CorsPolicy.builder().allowedOrigins(APP).allowedHeaders("*").build(),
			CorsPolicy.builder().allowedOrigins(APP).allowedHeaders().build());

	static final List<CorsPolicy> ALL = List.of(CREDENTIALED, ANY_ORIGIN, PATTERNS_ONLY, EMPTY);

	/** Origins and fragments of origins the policies know, for the fuzzer to build on. */
	static final List<String> ORIGINS = List.of("https://app.example.com", "http://[::1]:8080",
			"chrome-extension://abcdefghijklmnop", "https://x.preview.example.com", "http://localhost",
			"http://localhost:3000", "https://a.b.example.org:8443", "http://127.0.0.1:5173", "https://x.a.example",
			"https://x.b.example:8443", "http://a.example:1", "moz-extension://id.ext.example", "null", "");

	static final List<String> PATHS = List.of("/", "/api/greeting", "/public/info", "/internal/x", "/files/a.txt",
			"/users/42/avatar", "/v1/items", "/static/a/b.js", "/api", "");

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "get",
			"CUSTOM");

	static final List<String> REQUEST_HEADERS = List.of("content-type", "Content-Type, Authorization",
			"x-request-id , authorization", "x-custom", " ", "", "a,b", "content-type,,x");

	private FuzzPolicies() {
	}

}
