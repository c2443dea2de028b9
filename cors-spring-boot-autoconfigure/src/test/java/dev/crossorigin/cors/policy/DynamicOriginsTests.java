package dev.crossorigin.cors.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for origins supplied at run time: their validation, where a policy consults them,
 * what allowed an origin, and {@code Vary} on the paths they can change.
 */
class DynamicOriginsTests {

	private static final String APP = "https://app.example.com";

	private static final String TENANT = "https://shop.tenant-one.example";

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT")
		.allowCredentials(true)
		.exposedHeaders("X-Request-Id")
		.mapping((m) -> m.paths("/public/**").allowedMethods("GET"))
		.mapping((m) -> m.paths("/api/**").allowDynamicOrigins(true))
		.build();

	private static final DynamicOrigins TENANTS = DynamicOrigins.compile(List.of(TENANT),
			List.of("https://*.tenant-two.example"));

	@Test
	void invalidEntriesAreSkippedWithWhyAndNeverAllowed() {
		List<String> origins = new ArrayList<>(List.of(TENANT, "https://Upper.example", "https://slash.example/",
				"null", "*", "", "ftp://files.example"));
		origins.add(null);
		DynamicOrigins compiled = DynamicOrigins.compile(origins,
				Arrays.asList("https://*.com", "https://*.github.io", "https://*.*.", "https://*.tenant-two.example"));
		assertThat(compiled.originCount()).isEqualTo(1);
		assertThat(compiled.patternCount()).isEqualTo(1);
		assertThat(compiled.skipped()).extracting(CorsPolicyProblem::value)
			.containsExactly("https://Upper.example", "https://slash.example/", "null", "*", "", "ftp://files.example",
					null, "https://*.com", "https://*.github.io", "https://*.*.");
		assertThat(compiled.skipped().get(0).problem()).contains("uppercase");
		assertThat(compiled.skipped().get(7).problem()).contains("too broad");
		assertThat(compiled.skipped().get(8).problem()).contains("public suffix");
		assertThat(compiled.skipped()).allSatisfy((problem) -> assertThat(problem.action()).isNotBlank());
		for (String skipped : List.of("https://Upper.example", "null", "https://anyone.com", "https://me.github.io")) {
			assertThat(compiled.allows(skipped)).as(skipped).isFalse();
		}
		assertThat(compiled.allows(TENANT)).isTrue();
		assertThat(compiled.allows("https://shop.tenant-two.example")).isTrue();
	}

	@Test
	void duplicatesAreKeptOnce() {
		DynamicOrigins compiled = DynamicOrigins.compile(List.of(TENANT, TENANT),
				List.of("https://*.tenant-two.example", "https://*.tenant-two.example"));
		assertThat(compiled.originCount()).isEqualTo(1);
		assertThat(compiled.patternCount()).isEqualTo(1);
		assertThat(compiled.skipped()).isEmpty();
	}

	@Test
	void aMappingThatAllowsDynamicOriginsAcceptsThemWithItsOwnSettings() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		CorsResult result = policy.evaluate(CorsRequest.preflight("/api/orders", TENANT, "PUT", null));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.PREFLIGHT_ACCEPTED);
		assertThat(result.decision().allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", TENANT)
			.containsEntry("Access-Control-Allow-Credentials", "true")
			.containsEntry("Access-Control-Allow-Methods", "GET, PUT");
		CorsResult actual = policy.evaluate(CorsRequest.actual("GET", "/api/orders", "https://a.tenant-two.example"));
		assertThat(actual.decision().type()).isEqualTo(CorsDecision.Type.ACTUAL_ALLOWED);
		assertThat(actual.decision().allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
		assertThat(actual.headers()).containsEntry("Access-Control-Expose-Headers", "X-Request-Id")
			.containsEntry("Vary", "Origin");
	}

	@Test
	void pathsThatDoNotOptInServeOnlyTheConfiguredOrigins() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		CorsResult result = policy.evaluate(CorsRequest.preflight("/public/news", TENANT, "GET", null));
		assertThat(result.decision()).isEqualTo(CorsDecision.preflightRejected(CorsDecision.Reason.ORIGIN));
		assertThat(policy.evaluate(CorsRequest.preflight("/other", TENANT, "GET", null)).decision().reason())
			.isEqualTo(CorsDecision.Reason.ORIGIN);
		assertThat(policy.originToLookUp(CorsRequest.preflight("/public/news", "https://new.example", "GET", null),
				CorsRequest.READER))
			.isNull();
	}

	@Test
	void configuredOriginsAreSaidToBeAllowedByTheConfiguration() {
		CorsResult result = POLICY.withDynamicOrigins(TENANTS).evaluate(CorsRequest.actual("GET", "/api/orders", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.decision().allowedBy()).isEqualTo(AllowedBy.CONFIGURATION);
	}

	@Test
	void aRefusalOnAPathAllowingDynamicOriginsVariesOnOrigin() {
		CorsPolicy onlyDynamic = CorsPolicy.builder().allowDynamicOrigins(true).build();
		CorsResult refused = onlyDynamic.evaluate(CorsRequest.actual("GET", "/x", "https://stranger.example"));
		assertThat(refused.decision().reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
		assertThat(refused.headers()).containsEntry("Vary", "Origin").doesNotContainKey("Access-Control-Allow-Origin");
		assertThat(onlyDynamic.evaluate(CorsRequest.of("GET", "/x")).headers()).containsEntry("Vary", "Origin");
		CorsPolicy staticOnly = CorsPolicy.builder().build();
		assertThat(staticOnly.evaluate(CorsRequest.of("GET", "/x")).headers()).doesNotContainKey("Vary");
	}

	@Test
	void theLookupIsAskedOnlyAboutAWellFormedCrossOriginOriginNothingElseAllows() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		assertThat(
				policy.originToLookUp(CorsRequest.actual("GET", "/api/x", "https://new.example"), CorsRequest.READER))
			.isEqualTo("https://new.example");
		for (String origin : List.of(APP, TENANT, "https://a.tenant-two.example", "null", "https://bad.example/",
				"HTTPS://NEW.EXAMPLE")) {
			assertThat(policy.originToLookUp(CorsRequest.actual("GET", "/api/x", origin), CorsRequest.READER))
				.as(origin)
				.isNull();
		}
		assertThat(policy.originToLookUp(CorsRequest.of("GET", "/api/x"), CorsRequest.READER)).isNull();
		assertThat(CorsPolicy.builder()
			.allowedOrigins(APP)
			.build()
			.originToLookUp(CorsRequest.actual("GET", "/api/x", "https://new.example"), CorsRequest.READER)).isNull();
	}

	@Test
	void anOriginTheLookupAllowedIsAcceptedOnlyWhereDynamicOriginsAre() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/x", "https://new.example", "PUT", null), true);
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.PREFLIGHT_ACCEPTED);
		assertThat(result.decision().allowedBy()).isEqualTo(AllowedBy.LOOKUP);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Credentials", "true");
		assertThat(POLICY.evaluate(CorsRequest.preflight("/public/x", "https://new.example", "GET", null), true)
			.decision()
			.reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
		assertThat(
				POLICY.evaluate(CorsRequest.actual("GET", "/api/x", "https://new.example"), false).decision().reason())
			.isEqualTo(CorsDecision.Reason.ORIGIN);
	}

	@Test
	void theOtherPreflightChecksStillApplyToADynamicOrigin() {
		CorsResult result = POLICY.withDynamicOrigins(TENANTS)
			.evaluate(CorsRequest.preflight("/api/x", TENANT, "DELETE", null));
		assertThat(result.decision().reason()).isEqualTo(CorsDecision.Reason.METHOD);
	}

	@Test
	void explanationsSayWhatAllowedAnOrigin() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		assertThat(policy.explain(CorsRequest.actual("GET", "/api/x", TENANT), CorsRequest.READER))
			.endsWith("allowed by the dynamic origins' snapshot");
		assertThat(policy.explain(CorsRequest.actual("GET", "/api/x", "https://new.example"), CorsRequest.READER,
				DynamicOriginLookup.answered(true)))
			.endsWith("allowed by the origin lookup");
		assertThat(policy.explain(CorsRequest.actual("GET", "/api/x", "https://new.example"), CorsRequest.READER))
			.contains("nor do the origins the application supplies at run time");
	}

	@Test
	void aKnownAnswerDecidesInOnePassAndIsAskedOnlyWhereTheLookupCouldAllow() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		KnownAnswers lookup = new KnownAnswers(DynamicOriginLookup.Answer.ALLOWED);
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = policy.decide(CorsRequest.actual("GET", "/api/x", "https://new.example"),
				CorsRequest.READER, headers, HeaderMapWriter.INSTANCE, lookup);
		assertThat(decision.allowedBy()).isEqualTo(AllowedBy.LOOKUP);
		assertThat(headers).containsEntry("Access-Control-Allow-Origin", "https://new.example");
		for (CorsRequest notAsked : List.of(CorsRequest.actual("GET", "/api/x", APP),
				CorsRequest.actual("GET", "/api/x", TENANT),
				CorsRequest.actual("GET", "/public/x", "https://new.example"), CorsRequest.of("GET", "/api/x"))) {
			policy.decide(notAsked, CorsRequest.READER, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE, lookup);
		}
		assertThat(lookup.asked).containsExactly("https://new.example");
	}

	@Test
	void withoutAKnownAnswerNothingIsWrittenAndTheOriginToLookUpIsNamed() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		CorsRequest request = CorsRequest.preflight("/api/x", "https://new.example", "GET", null);
		Map<String, String> headers = new LinkedHashMap<>();
		assertThat(policy.decide(request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE,
				new KnownAnswers(DynamicOriginLookup.Answer.UNKNOWN)))
			.isNull();
		assertThat(headers).isEmpty();
		assertThat(policy.originToLookUp(request, CorsRequest.READER)).isEqualTo("https://new.example");
		CorsRequest malformed = CorsRequest.actual("GET", "/api/x", "https://new.example/");
		assertThat(policy.decide(malformed, CorsRequest.READER, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE,
				new KnownAnswers(DynamicOriginLookup.Answer.UNKNOWN)))
			.as("a malformed origin is refused without a lookup")
			.isEqualTo(policy.evaluate(malformed).decision());
		assertThat(policy.evaluate(malformed, true).decision().allowedBy()).isNull();
		assertThat(policy.explain(request, CorsRequest.READER, new KnownAnswers(DynamicOriginLookup.Answer.UNKNOWN)))
			.isEqualTo(policy.explain(request, CorsRequest.READER));
	}

	@Test
	void aKnownRefusalDecidesLikeNoLookup() {
		CorsPolicy policy = POLICY.withDynamicOrigins(TENANTS);
		CorsRequest request = CorsRequest.actual("GET", "/api/x", "https://new.example");
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = policy.decide(request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE,
				new KnownAnswers(DynamicOriginLookup.Answer.REFUSED));
		assertThat(decision).isEqualTo(policy.evaluate(request).decision());
		assertThat(headers).isEqualTo(policy.evaluate(request).headers());
	}

	/** A lookup with one known answer for every origin, recording what it is asked. */
	private static final class KnownAnswers implements DynamicOriginLookup {

		private final Answer answer;

		private final List<String> asked = new ArrayList<>();

		KnownAnswers(Answer answer) {
			this.answer = answer;
		}

		@Override
		public CompletableFuture<Boolean> lookUp(String origin) {
			throw new AssertionError("a known answer is asked for, not a lookup");
		}

		@Override
		public Answer knownAnswer(String origin) {
			this.asked.add(origin);
			return this.answer;
		}

	}

	@Test
	void oneHundredThousandOriginsAreMatchedByHash() {
		List<String> many = IntStream.range(0, 100_000).mapToObj((i) -> "https://t" + i + ".tenants.example").toList();
		DynamicOrigins compiled = DynamicOrigins.compile(many, List.of());
		assertThat(compiled.originCount()).isEqualTo(100_000);
		assertThat(compiled.allows("https://t99999.tenants.example")).isTrue();
		assertThat(compiled.allows("https://t100000.tenants.example")).isFalse();
	}

	@Test
	void livePolicyKeepsTheDynamicOriginsAcrossPoliciesAndItsGeneration() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
		LiveCorsPolicy live = new LiveCorsPolicy(POLICY, "start", clock);
		live.activateDynamicOrigins(TENANTS);
		assertThat(live.active().generation()).isEqualTo(1);
		assertThat(live.policy().dynamicOrigins()).isSameAs(TENANTS);
		live.activate(POLICY.toBuilder().allowedMethods("GET").build(), "update");
		assertThat(live.active().generation()).isEqualTo(2);
		assertThat(live.policy().dynamicOrigins()).isSameAs(TENANTS);
		assertThat(live.policy().evaluate(CorsRequest.actual("GET", "/api/x", TENANT)).decision().allowedBy())
			.isEqualTo(AllowedBy.SNAPSHOT);
	}

	@Test
	void toBuilderKeepsWhereDynamicOriginsAreAllowed() {
		CorsPolicy rebuilt = POLICY.toBuilder().build();
		assertThat(rebuilt.mappings()).isEqualTo(POLICY.mappings());
		assertThat(rebuilt.consultsDynamicOrigins()).isTrue();
		assertThat(rebuilt.mappingFor("/api/x").allowDynamicOrigins()).isTrue();
		assertThat(rebuilt.mappingFor("/public/x").allowDynamicOrigins()).isFalse();
	}

}
