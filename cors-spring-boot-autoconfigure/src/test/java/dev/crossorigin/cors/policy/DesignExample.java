package dev.crossorigin.cors.policy;

import java.time.Duration;

/**
 * The top level of the policy {@code DESIGN.md} opens with, for the tests that build it:
 * an exact origin and a pattern, four methods, two request headers, one exposed header,
 * credentials and a one-hour max age.
 */
final class DesignExample {

	static final String APP = "https://app.example.com";

	private DesignExample() {
	}

	/** A builder holding the example's top level and no mapping. */
	static CorsPolicyBuilder topLevel() {
		return CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowedOriginPatterns("https://*.preview.example.com")
			.allowedMethods("GET", "POST", "PUT", "DELETE")
			.allowedHeaders("Content-Type", "Authorization")
			.exposedHeaders("X-Request-Id")
			.allowCredentials(true)
			.maxAge(Duration.ofHours(1));
	}

}
