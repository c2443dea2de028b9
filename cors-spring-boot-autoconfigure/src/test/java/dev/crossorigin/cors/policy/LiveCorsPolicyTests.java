package dev.crossorigin.cors.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiveCorsPolicy}.
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

}
