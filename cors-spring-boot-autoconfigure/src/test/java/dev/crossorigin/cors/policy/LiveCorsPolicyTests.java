package dev.crossorigin.cors.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiveCorsPolicy} and {@link CorsPolicy#toBuilder()}.
 */
class LiveCorsPolicyTests {

	private static final CorsPolicy FIRST = CorsPolicy.builder().allowedOrigins("https://a.example.com").build();

	private static final CorsPolicy SECOND = CorsPolicy.builder().allowedOrigins("https://b.example.com").build();

	@Test
	void startsAtGenerationOneAndCountsEveryPolicyPutInForce() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
		LiveCorsPolicy live = new LiveCorsPolicy(FIRST, "start", clock);
		assertThat(live.active()).isEqualTo(new ActiveCorsPolicy(FIRST, 1, clock.instant(), "start"));
		ActiveCorsPolicy second = live.activate(SECOND, "update");
		assertThat(second.generation()).isEqualTo(2);
		assertThat(second.source()).isEqualTo("update");
		assertThat(live.policy()).isSameAs(SECOND);
		assertThat(live.activate(FIRST, "back").generation()).isEqualTo(3);
	}

	@Test
	void builderOfAPolicyBuildsOneWithTheSameMappingsThatDecidesTheSame() {
		CorsPolicy policy = CorsPolicy.builder()
			.paths("/api/**", "/files/*.txt")
			.allowedOrigins("https://app.example.com")
			.allowedOriginPatterns("https://*.preview.example.com")
			.allowedMethods("GET", "PUT")
			.allowedHeaders("Content-Type")
			.exposedHeaders("X-Request-Id")
			.allowCredentials(true)
			.allowPrivateNetwork(true)
			.maxAge(Duration.ofMinutes(7))
			.mapping((m) -> m.paths("/api/public/**").allowedOrigins("*").allowCredentials(false))
			.mapping((m) -> m.paths("/api/internal/**").enabled(false))
			.build();
		CorsPolicy rebuilt = policy.toBuilder().build();
		assertThat(rebuilt.mappings()).isEqualTo(policy.mappings());
		for (CorsRequest request : new CorsRequest[] {
				CorsRequest.preflight("/api/x", "https://a.preview.example.com", "PUT", "content-type"),
				CorsRequest.actual("GET", "/api/public/x", "https://anyone.example"),
				CorsRequest.actual("GET", "/api/internal/x", "https://app.example.com"),
				CorsRequest.actual("GET", "/other", "https://app.example.com") }) {
			assertThat(rebuilt.evaluate(request)).as("%s", request).isEqualTo(policy.evaluate(request));
		}
	}

	@Test
	void builderOfAPolicyCanBeAdjusted() {
		CorsPolicy adjusted = FIRST.toBuilder().addAllowedOrigins("https://b.example.com").build();
		assertThat(adjusted.mappings().get(0).allowedOrigins()).containsExactly("https://a.example.com",
				"https://b.example.com");
		assertThat(FIRST.mappings().get(0).allowedOrigins()).containsExactly("https://a.example.com");
	}

}
