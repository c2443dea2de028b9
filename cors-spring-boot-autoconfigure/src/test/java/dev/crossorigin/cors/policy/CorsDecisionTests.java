package dev.crossorigin.cors.policy;

import java.util.Locale;
import java.util.stream.Stream;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link CorsDecision}: the reason of every rejection, the preflight status,
 * and the promise that decisions are shared constants rather than allocated per request.
 */
class CorsDecisionTests {

	private static final String APP = "https://app.example.com";

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedOriginPatterns("https://*.preview.example.com")
		.allowedMethods("GET", "PUT")
		.allowedHeaders("Content-Type")
		.build();

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("preflightRejections")
	void rejectedPreflightNamesTheReason(Reason reason, CorsRequest request) {
		CorsDecision decision = POLICY.evaluate(request).decision();
		assertThat(decision.type()).isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(decision.reason()).isEqualTo(reason);
	}

	static Stream<Arguments> preflightRejections() {
		return Stream.of(Arguments.of(Reason.ORIGIN, CorsRequest.preflight("/", "https://evil.example", "GET", null)),
				Arguments.of(Reason.ORIGIN, CorsRequest.preflight("/", "null", "GET", null)),
				Arguments.of(Reason.METHOD, CorsRequest.preflight("/", APP, "DELETE", null)),
				Arguments.of(Reason.HEADERS, CorsRequest.preflight("/", APP, "PUT", "Authorization")),
				Arguments.of(Reason.PRIVATE_NETWORK, new CorsRequest("OPTIONS", "/", APP, "PUT", null, "true")),
				Arguments.of(Reason.MALFORMED, CorsRequest.preflight("/", "https://app.example.com/", "GET", null)),
				Arguments.of(Reason.MALFORMED, CorsRequest.preflight("/", APP, "G ET", null)),
				Arguments.of(Reason.MALFORMED, CorsRequest.preflight("/", APP, "PUT", "Content-Type,")));
	}

	@Test
	void actualRequestFromDisallowedOriginNamesOriginAsTheReason() {
		CorsDecision decision = POLICY.evaluate(CorsRequest.actual("GET", "/", "https://evil.example")).decision();
		assertThat(decision.type()).isEqualTo(Type.ACTUAL_REJECTED);
		assertThat(decision.reason()).isEqualTo(Reason.ORIGIN);
	}

	@Test
	void actualRequestWithMalformedOriginNamesMalformedAsTheReason() {
		CorsDecision decision = POLICY.evaluate(CorsRequest.actual("GET", "/", "https://app.example.com/")).decision();
		assertThat(decision.type()).isEqualTo(Type.ACTUAL_REJECTED);
		assertThat(decision.reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void acceptedDecisionsHaveNoReason() {
		assertThat(Stream.of(CorsDecision.NOT_COVERED, CorsDecision.NOT_CORS, CorsDecision.PREFLIGHT_ACCEPTED,
				CorsDecision.ACTUAL_ALLOWED))
			.extracting(CorsDecision::reason)
			.containsOnlyNulls();
	}

	@ParameterizedTest
	@EnumSource(Reason.class)
	void reasonTagIsItsLowercaseHyphenatedName(Reason reason) {
		assertThat(reason.tag()).isEqualTo(reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	@Test
	void preflightStatusIs204ForAcceptedPreflights() {
		assertThat(CorsDecision.PREFLIGHT_ACCEPTED.preflightStatus()).isEqualTo(204);
	}

	@ParameterizedTest
	@EnumSource(Reason.class)
	void preflightStatusIs403ForEveryRejectedPreflight(Reason reason) {
		assertThat(CorsDecision.preflightRejected(reason).preflightStatus()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource(Reason.class)
	void actualRejectionIsNotAPreflight(Reason reason) {
		CorsDecision decision = CorsDecision.actualRejected(reason);
		assertThat(decision.isPreflight()).isFalse();
		assertThatIllegalStateException().isThrownBy(decision::preflightStatus)
			.withMessage("ACTUAL_REJECTED(" + reason + ") is not a preflight decision");
	}

	@Test
	void toStringNamesTypeAndReason() {
		assertThat(CorsDecision.preflightRejected(Reason.METHOD)).hasToString("PREFLIGHT_REJECTED(METHOD)");
		assertThat(CorsDecision.ACTUAL_ALLOWED).hasToString("ACTUAL_ALLOWED");
	}

	// Shared constants: deciding allocates no decision

	@Test
	void allowedActualRequestsShareOneDecisionAcrossCallsAndOrigins() {
		CorsDecision first = POLICY.evaluate(CorsRequest.actual("GET", "/", APP)).decision();
		CorsDecision second = POLICY.evaluate(CorsRequest.actual("POST", "/a", "https://x.preview.example.com"))
			.decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.ACTUAL_ALLOWED);
	}

	@Test
	void requestsWithoutOriginShareOneDecisionAcrossCalls() {
		CorsDecision first = POLICY.evaluate(CorsRequest.of("GET", "/")).decision();
		CorsDecision second = POLICY.evaluate(CorsRequest.of("DELETE", "/b")).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.NOT_CORS);
	}

	@Test
	void disallowedActualRequestsShareOneDecisionAcrossCallsAndOrigins() {
		CorsDecision first = POLICY.evaluate(CorsRequest.actual("GET", "/", "https://evil.example")).decision();
		CorsDecision second = POLICY.evaluate(CorsRequest.actual("PUT", "/c", "https://other.example")).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.actualRejected(Reason.ORIGIN));
	}

	@Test
	void malformedActualRequestsShareOneDecisionAcrossCalls() {
		CorsDecision first = POLICY.evaluate(CorsRequest.actual("GET", "/", "")).decision();
		CorsDecision second = POLICY.evaluate(CorsRequest.actual("GET", "/", "HTTPS://X")).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.actualRejected(Reason.MALFORMED));
	}

	@Test
	void acceptedPreflightsShareOneDecisionAcrossCalls() {
		CorsDecision first = POLICY.evaluate(CorsRequest.preflight("/", APP, "PUT", null)).decision();
		CorsDecision second = POLICY.evaluate(CorsRequest.preflight("/d", APP, "GET", "content-type")).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("preflightRejections")
	void rejectedPreflightsShareOneDecisionPerReason(Reason reason, CorsRequest request) {
		CorsDecision first = POLICY.evaluate(request).decision();
		CorsDecision second = POLICY.evaluate(request).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.preflightRejected(reason));
	}

	@Test
	void requestsOutsideEveryMappingShareOneDecisionAcrossCalls() {
		CorsPolicy policy = CorsPolicy.builder().paths("/api/**").allowedOrigins(APP).build();
		CorsDecision first = policy.evaluate(CorsRequest.actual("GET", "/x", APP)).decision();
		CorsDecision second = policy.evaluate(CorsRequest.of("GET", "/y")).decision();
		assertThat(first).isSameAs(second).isSameAs(CorsDecision.NOT_COVERED);
	}

}
