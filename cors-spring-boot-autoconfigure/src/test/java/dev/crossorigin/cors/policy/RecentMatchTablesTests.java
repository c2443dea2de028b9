package dev.crossorigin.cors.policy;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of recent pattern matches and of recently accepted
 * {@code Access-Control-Request-Headers} values change what a decision costs, never what
 * it is.
 */
class RecentMatchTablesTests {

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOriginPatterns("https://*.tenant.example.com")
		.allowedMethods("GET", "PUT")
		.allowedHeaders("Content-Type", "X-Request-Id")
		.build();

	@Test
	void originMatchedByAPatternIsAllowedAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(decide("https://app.tenant.example.com").type()).isEqualTo(Type.ACTUAL_ALLOWED);
		}
	}

	@Test
	void otherOriginsAreStillCheckedAfterAMatch() {
		decide("https://app.tenant.example.com");
		assertThat(decide("https://app.tenant.example.org").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide("https://tenant.example.com").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide("https://APP.tenant.example.com").reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void moreOriginsThanTheTableHoldsAreAllStillAllowed() {
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
				assertThat(decide("https://user-" + i + ".tenant.example.com").type()).isEqualTo(Type.ACTUAL_ALLOWED);
			}
		}
	}

	@Test
	void requestHeadersAcceptedOnceAreAcceptedAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(preflight("content-type, x-request-id").type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		}
	}

	@Test
	void otherRequestHeadersAreStillCheckedAfterAnAcceptedList() {
		preflight("content-type,x-request-id");
		assertThat(preflight("content-type,x-request-id,x-other").reason()).isEqualTo(Reason.HEADERS);
		assertThat(preflight("content-type,,x-request-id").reason()).isEqualTo(Reason.MALFORMED);
		assertThat(preflight("content-type x-request-id").reason()).isEqualTo(Reason.MALFORMED);
		assertThat(preflight("content-type,").reason()).isEqualTo(Reason.MALFORMED);
		assertThat(preflight(" Content-Type ,\tX-Request-Id ").type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
	}

	@Test
	void requestHeadersAcceptedByOneRuleAreNotAcceptedByAnother() {
		CorsPolicy strict = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.tenant.example.com")
			.allowedHeaders("Content-Type")
			.mapping((mapping) -> mapping.paths("/open/**").allowedHeaders("*"))
			.build();
		CorsRequest open = CorsRequest.preflight("/open/x", "https://app.tenant.example.com", "GET", "x-anything");
		CorsRequest closed = CorsRequest.preflight("/api/x", "https://app.tenant.example.com", "GET", "x-anything");
		assertThat(strict.evaluate(open).decision().type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		assertThat(strict.evaluate(closed).decision().reason()).isEqualTo(Reason.HEADERS);
	}

	private CorsDecision decide(String origin) {
		return this.policy.evaluate(CorsRequest.actual("GET", "/api/x", origin)).decision();
	}

	private CorsDecision preflight(String requestHeaders) {
		return this.policy
			.evaluate(CorsRequest.preflight("/api/x", "https://app.tenant.example.com", "PUT", requestHeaders))
			.decision();
	}

}
