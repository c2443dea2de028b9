package dev.crossorigin.cors.policy;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of origins recently matched to a pattern changes what a decision costs, never
 * what it is: not after a match, and not when more origins come than it holds.
 */
class RecentMatchesTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOriginPatterns("https://*.c0.example.com")
		.allowedMethods("GET", "PUT")
		.build();

	@Test
	void originMatchedByAPatternIsAllowedAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(decide(POLICY, "https://app.c0.example.com").type()).isEqualTo(Type.ACTUAL_ALLOWED);
		}
	}

	@Test
	void otherOriginsAreStillCheckedAfterAMatch() {
		decide(POLICY, "https://app.c0.example.com");
		assertThat(decide(POLICY, "https://app.c0.example.org").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide(POLICY, "https://c0.example.com").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide(POLICY, "https://APP.c0.example.com").reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void moreOriginsThanTheTableHoldsAreAllStillAllowed() {
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
				assertThat(decide(POLICY, "https://user-" + i + ".c0.example.com").type())
					.isEqualTo(Type.ACTUAL_ALLOWED);
			}
		}
	}

	private static CorsDecision decide(CorsPolicy policy, String origin) {
		return policy.evaluate(CorsRequest.actual("GET", "/api/x", origin)).decision();
	}

}
