package dev.crossorigin.cors.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsFilterSupport}: the steps both filters take, with the lookup's
 * known answer first and the lookup itself only when there is none.
 */
class CorsFilterSupportTests {

	private static final String NEW = "https://new.example";

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com")
		.allowedMethods("GET")
		.allowDynamicOrigins(true)
		.build();

	private final List<CorsDecision> heard = new ArrayList<>();

	private final List<String> lookedUp = new ArrayList<>();

	private CorsFilterSupport support(boolean debug, DynamicOriginLookup.Answer known) {
		DynamicOriginLookup lookup = new DynamicOriginLookup() {

			@Override
			public CompletableFuture<Boolean> lookUp(String origin) {
				CorsFilterSupportTests.this.lookedUp.add(origin);
				return CompletableFuture.completedFuture(true);
			}

			@Override
			public Answer knownAnswer(String origin) {
				return known;
			}

		};
		return new CorsFilterSupport(new LiveCorsPolicy(POLICY, "test"), this.heard::add, debug, lookup);
	}

	@Test
	void aKnownAnswerDecidesAtOnceAndTheListenerHearsOfItOnce() {
		CorsFilterSupport support = support(false, DynamicOriginLookup.Answer.ALLOWED);
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = support.decide(support.policy(), CorsRequest.actual("GET", "/x", NEW),
				CorsRequest.READER, headers, HeaderMapWriter.INSTANCE, true);
		assertThat(decision.allowedBy()).isEqualTo(CorsDecision.AllowedBy.LOOKUP);
		assertThat(headers).containsEntry(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, NEW);
		assertThat(this.heard).containsExactly(decision);
		assertThat(this.lookedUp).isEmpty();
	}

	@Test
	void withoutAKnownAnswerTheLookupIsAskedThenTheRequestDecidedWithItsAnswer() {
		CorsFilterSupport support = support(false, DynamicOriginLookup.Answer.UNKNOWN);
		CorsRequest request = CorsRequest.actual("GET", "/x", NEW);
		Map<String, String> headers = new LinkedHashMap<>();
		assertThat(
				support.decide(support.policy(), request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE, true))
			.isNull();
		assertThat(headers).isEmpty();
		assertThat(this.heard).isEmpty();
		CompletableFuture<Boolean> answer = support.lookUp(support.policy(), request, CorsRequest.READER);
		assertThat(this.lookedUp).containsExactly(NEW);
		assertThat(CorsFilterSupport.isAllowed(answer)).isTrue();
		CorsDecision decision = support.decide(support.policy(), request, CorsRequest.READER, headers,
				HeaderMapWriter.INSTANCE, true, true);
		assertThat(decision.allowedBy()).isEqualTo(CorsDecision.AllowedBy.LOOKUP);
		assertThat(this.heard).containsExactly(decision);
	}

	@Test
	void aLaterDispatchWritesTheHeadersAgainWithoutTellingTheListener() {
		CorsFilterSupport support = support(false, DynamicOriginLookup.Answer.ALLOWED);
		Map<String, String> headers = new LinkedHashMap<>();
		support.decide(support.policy(), CorsRequest.actual("GET", "/x", NEW), CorsRequest.READER, headers,
				HeaderMapWriter.INSTANCE, false);
		assertThat(headers).containsEntry(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, NEW);
		assertThat(this.heard).isEmpty();
	}

	@Test
	void aRejectedPreflightHasAnExplanationOnlyInDebug() {
		CorsRequest preflight = CorsRequest.preflight("/x", NEW, "DELETE", null);
		CorsFilterSupport quiet = support(false, DynamicOriginLookup.Answer.ALLOWED);
		CorsDecision decision = quiet.decide(quiet.policy(), preflight, CorsRequest.READER, new LinkedHashMap<>(),
				HeaderMapWriter.INSTANCE, true);
		assertThat(decision.type()).isEqualTo(CorsDecision.Type.PREFLIGHT_REJECTED);
		assertThat(quiet.rejectionBody(quiet.policy(), preflight, CorsRequest.READER, decision, quiet.lookup()))
			.isNull();
		CorsFilterSupport debug = support(true, DynamicOriginLookup.Answer.ALLOWED);
		byte[] body = debug.rejectionBody(debug.policy(), preflight, CorsRequest.READER, decision, debug.lookup());
		// The origin, allowed by the lookup, is checked first: the explanation gets past
		// it.
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("method 'DELETE' is not allowed");
	}

}
