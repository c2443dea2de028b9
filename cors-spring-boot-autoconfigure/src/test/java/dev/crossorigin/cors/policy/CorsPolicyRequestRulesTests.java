package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for the request rules of {@link CorsPolicy} (DESIGN section 5): requests without
 * {@code Origin}, preflights accepted and rejected, and actual requests from allowed and
 * disallowed origins.
 */
class CorsPolicyRequestRulesTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example.org";

	private static final String VARY_PREFLIGHT = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	/** The policy of the DESIGN example: exact origin, pattern, credentials, one hour. */
	private static final CorsPolicy CREDENTIALED = DesignExample.topLevel().build();

	private static final CorsPolicy ANY_ORIGIN = CorsPolicy.builder().allowedOrigins("*").build();

	private static final CorsPolicy NO_ORIGIN = CorsPolicy.builder().build();

	// Requests without Origin

	@Test
	void requestWithoutOriginPassesWithVaryOriginWhenPolicyAllowsAnOrigin() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.of("GET", "/api/orders"));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_CORS);
		assertThat(result.headers()).containsOnly(entry("Vary", "Origin"));
	}

	@Test
	void requestWithoutOriginPassesWithVaryOriginWhenPolicyAllowsAnyOrigin() {
		CorsResult result = ANY_ORIGIN.evaluate(CorsRequest.of("GET", "/api/orders"));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_CORS);
		assertThat(result.headers()).containsOnly(entry("Vary", "Origin"));
	}

	@Test
	void requestWithoutOriginPassesUntouchedWhenPolicyAllowsNoOrigin() {
		CorsResult result = NO_ORIGIN.evaluate(CorsRequest.of("GET", "/api/orders"));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_CORS);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void optionsWithRequestMethodButWithoutOriginIsNotCors() {
		CorsResult result = CREDENTIALED
			.evaluate(new CorsRequest("OPTIONS", "/api/orders", null, "PUT", "Content-Type", null));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_CORS);
		assertThat(result.headers()).containsOnly(entry("Vary", "Origin"));
	}

	// Preflights accepted

	@Test
	void preflightFromAllowedOriginIsAcceptedWithExactHeaders() {
		CorsResult result = CREDENTIALED
			.evaluate(CorsRequest.preflight("/api/orders", APP, "PUT", "content-type, authorization"));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsOnly(entry("Vary", VARY_PREFLIGHT),
				entry("Access-Control-Allow-Origin", APP), entry("Access-Control-Allow-Credentials", "true"),
				entry("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE"),
				entry("Access-Control-Allow-Headers", "content-type, authorization"),
				entry("Access-Control-Max-Age", "3600"));
	}

	@Test
	void acceptedPreflightIsAnsweredWith204() {
		CorsDecision decision = CREDENTIALED.evaluate(CorsRequest.preflight("/", APP, "GET", null)).decision();
		assertThat(decision.isPreflight()).isTrue();
		assertThat(decision.preflightStatus()).isEqualTo(204);
	}

	@Test
	void preflightFromPatternOriginEchoesThatOrigin() {
		String origin = "https://pr-42.preview.example.com";
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.preflight("/", origin, "GET", null));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", origin);
	}

	@Test
	void preflightUnderAnyOriginPolicyWithoutCredentialsAnswersWildcardOrigin() {
		CorsResult result = ANY_ORIGIN.evaluate(CorsRequest.preflight("/", APP, "POST", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsOnly(entry("Vary", VARY_PREFLIGHT),
				entry("Access-Control-Allow-Origin", "*"), entry("Access-Control-Allow-Methods", "GET, HEAD, POST"),
				entry("Access-Control-Max-Age", "1800"));
	}

	@Test
	void preflightWithoutCredentialsEchoesOriginAndHasNoAllowCredentials() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", APP)
			.doesNotContainKey("Access-Control-Allow-Credentials");
	}

	@Test
	void preflightAllowMethodsListsTheDefaultMethodsJoined() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "POST", null));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Methods", "GET, HEAD, POST");
	}

	@Test
	void preflightUnderAnyMethodPolicyEchoesTheRequestedMethod() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("*").build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "PATCH", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Methods", "PATCH");
	}

	@Test
	void preflightUnderAnyHeaderPolicyEchoesTheRequestedHeaders() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "POST", "x-trace-id, X-Tenant"));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Headers", "x-trace-id, X-Tenant");
	}

	@Test
	void preflightWithoutRequestedHeadersHasNoAllowHeaders() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.preflight("/", APP, "PUT", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).doesNotContainKey("Access-Control-Allow-Headers");
	}

	@Test
	void preflightWithBlankRequestedHeadersIsAcceptedWithoutAllowHeaders() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.preflight("/", APP, "PUT", "  "));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).doesNotContainKey("Access-Control-Allow-Headers");
	}

	@Test
	void preflightMaxAgeIsTheConfiguredDurationInSeconds() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ofMinutes(10)).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.headers()).containsEntry("Access-Control-Max-Age", "600");
	}

	@Test
	void preflightMaxAgeDefaultsToThirtyMinutes() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.headers()).containsEntry("Access-Control-Max-Age", "1800");
	}

	@Test
	void preflightMaxAgeOfZeroIsWrittenAsZero() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ZERO).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.headers()).containsEntry("Access-Control-Max-Age", "0");
	}

	@Test
	void preflightAskingForPrivateNetworkIsAcceptedWithAllowPrivateNetworkWhenAllowed() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowPrivateNetwork(true).build();
		CorsResult result = policy.evaluate(new CorsRequest("OPTIONS", "/", APP, "GET", null, "true"));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Private-Network", "true");
	}

	@Test
	void preflightNotAskingForPrivateNetworkGetsNoAllowPrivateNetworkEvenWhenAllowed() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowPrivateNetwork(true).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).doesNotContainKey("Access-Control-Allow-Private-Network");
	}

	@Test
	void preflightWithPrivateNetworkFalseIsNotAskingForPrivateNetwork() {
		CorsResult result = CREDENTIALED.evaluate(new CorsRequest("OPTIONS", "/", APP, "GET", null, "false"));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).doesNotContainKey("Access-Control-Allow-Private-Network");
	}

	// Preflights rejected

	@Test
	void preflightFromUnknownOriginIsRejectedWithoutCorsHeaders() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.preflight("/api/orders", EVIL, "PUT", "content-type"));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.PREFLIGHT_REJECTED);
		assertThat(result.decision().reason()).isEqualTo(Reason.ORIGIN);
		assertThat(result.headers()).containsOnly(entry("Vary", VARY_PREFLIGHT));
	}

	@Test
	void rejectedPreflightIsAnsweredWith403() {
		CorsDecision decision = CREDENTIALED.evaluate(CorsRequest.preflight("/", EVIL, "GET", null)).decision();
		assertThat(decision.isPreflight()).isTrue();
		assertThat(decision.preflightStatus()).isEqualTo(403);
	}

	@Test
	void preflightUnderPolicyAllowingNoOriginIsRejectedWithVaryOnly() {
		CorsResult result = NO_ORIGIN.evaluate(CorsRequest.preflight("/", APP, "GET", null));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.PREFLIGHT_REJECTED);
		assertThat(result.headers()).containsOnly(entry("Vary", VARY_PREFLIGHT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedPreflights")
	void rejectedPreflightCarriesOnlyVaryWithTheThreeNames(Reason reason, CorsRequest request) {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowedHeaders("Content-Type")
			.allowCredentials(true)
			.exposedHeaders("X-Request-Id")
			.build();
		CorsResult result = policy.evaluate(request);
		assertThat(result.decision().reason()).isEqualTo(reason);
		assertThat(result.headers()).containsOnly(entry("Vary", VARY_PREFLIGHT));
	}

	static Stream<Arguments> rejectedPreflights() {
		return Stream.of(Arguments.of(Reason.ORIGIN, CorsRequest.preflight("/", EVIL, "GET", null)),
				Arguments.of(Reason.METHOD, CorsRequest.preflight("/", APP, "DELETE", null)),
				Arguments.of(Reason.HEADERS, CorsRequest.preflight("/", APP, "GET", "X-Not-Allowed")),
				Arguments.of(Reason.PRIVATE_NETWORK, new CorsRequest("OPTIONS", "/", APP, "GET", null, "true")),
				Arguments.of(Reason.MALFORMED, CorsRequest.preflight("/", APP, "GET", "content-type,,")));
	}

	// Actual requests

	@Test
	void actualRequestFromAllowedOriginGetsAllowOriginCredentialsExposeHeadersAndVary() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.actual("GET", "/api/orders", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsOnly(entry("Access-Control-Allow-Origin", APP),
				entry("Access-Control-Allow-Credentials", "true"),
				entry("Access-Control-Expose-Headers", "X-Request-Id"), entry("Vary", "Origin"));
	}

	@Test
	void allowedActualRequestIsNotAnsweredByTheFilter() {
		CorsDecision decision = CREDENTIALED.evaluate(CorsRequest.actual("GET", "/", APP)).decision();
		assertThat(decision.isPreflight()).isFalse();
		assertThatIllegalStateException().isThrownBy(decision::preflightStatus);
	}

	@Test
	void actualRequestUnderAnyOriginPolicyGetsWildcardAllowOriginAndVary() {
		CorsResult result = ANY_ORIGIN.evaluate(CorsRequest.actual("GET", "/", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsOnly(entry("Access-Control-Allow-Origin", "*"), entry("Vary", "Origin"));
	}

	@Test
	void actualRequestExposesEveryConfiguredHeaderJoined() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).exposedHeaders("X-Request-Id", "ETag").build();
		CorsResult result = policy.evaluate(CorsRequest.actual("GET", "/", APP));
		assertThat(result.headers()).containsEntry("Access-Control-Expose-Headers", "X-Request-Id, ETag");
	}

	@Test
	void actualRequestFromPatternOriginEchoesThatOrigin() {
		String origin = "https://pr-42.preview.example.com";
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.actual("POST", "/", origin));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", origin);
	}

	@Test
	void actualRequestFromDisallowedOriginProceedsWithoutAccessControlHeaders() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.actual("GET", "/api/orders", EVIL));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.ACTUAL_REJECTED);
		assertThat(result.decision().reason()).isEqualTo(Reason.ORIGIN);
		assertThat(result.decision().isPreflight()).isFalse();
		assertThat(result.headers()).containsOnly(entry("Vary", "Origin"));
	}

	@Test
	void actualRequestUnderPolicyAllowingNoOriginGetsNoHeaders() {
		CorsResult result = NO_ORIGIN.evaluate(CorsRequest.actual("GET", "/", APP));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.ACTUAL_REJECTED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void actualRequestIgnoresMethodAndHeaderRestrictions() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.actual("PATCH", "/", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
	}

	@Test
	void optionsWithOriginButWithoutRequestMethodIsAnActualRequest() {
		CorsResult result = CREDENTIALED.evaluate(CorsRequest.actual("OPTIONS", "/", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", APP);
	}

	@Test
	void nonOptionsRequestWithRequestMethodIsAnActualRequest() {
		CorsResult result = CREDENTIALED.evaluate(new CorsRequest("POST", "/", APP, "PUT", null, null));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corsRequests")
	void noHeaderIsWrittenTwice(String description, CorsRequest request) {
		List<String> written = new ArrayList<>();
		// Every write of a header, Vary's included, lands in the list.
		CREDENTIALED.decide(request, CorsRequest.READER, written,
				CorsResponseWriter.<List<String>>of((response, name, value) -> response.add(name),
						(response, name) -> false, (response, name) -> List.of()));
		assertThat(written).doesNotHaveDuplicates();
	}

	static Stream<Arguments> corsRequests() {
		return Stream.of(Arguments.of("not CORS", CorsRequest.of("GET", "/")),
				Arguments.of("preflight accepted", CorsRequest.preflight("/", APP, "PUT", "content-type")),
				Arguments.of("preflight rejected", CorsRequest.preflight("/", EVIL, "PUT", "content-type")),
				Arguments.of("actual allowed", CorsRequest.actual("GET", "/", APP)),
				Arguments.of("actual rejected", CorsRequest.actual("GET", "/", EVIL)));
	}

}
