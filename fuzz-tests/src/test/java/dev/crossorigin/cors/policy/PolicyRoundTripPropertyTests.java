package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of a policy built from generated settings (a top level and mappings, each
 * setting given or inherited): rebuilt from its description,
 * {@link CorsPolicy#mappings()}, with every setting spelled out, or from
 * {@link CorsPolicy#toBuilder()}, it has the same description and decides every request
 * the same way.
 */
class PolicyRoundTripPropertyTests {

	@Test
	void policyRebuiltFromItsMappingsDescribesAndDecidesTheSame() {
		assertRoundTrip((policy) -> rebuild(policy.mappings()));
	}

	@Test
	void policyBuiltFromItsToBuilderDescribesAndDecidesTheSame() {
		assertRoundTrip((policy) -> policy.toBuilder().build());
	}

	private static void assertRoundTrip(UnaryOperator<CorsPolicy> roundTrip) {
		Gen<PolicySpec> policies = policies();
		Gen<List<CorsRequest>> requests = requests();
		PropertyCheck.forAll(300, (random) -> new RoundTrip(policies.next(random), requests.next(random)),
				(generated) -> {
					CorsPolicy policy = generated.spec().build();
					CorsPolicy rebuilt = roundTrip.apply(policy);
					assertThat(rebuilt.mappings()).isEqualTo(policy.mappings());
					for (CorsRequest request : generated.requests()) {
						assertThat(rebuilt.evaluate(request)).isEqualTo(CorsInvariants.evaluate(policy, request));
					}
				});
	}

	/**
	 * Builds a policy from the description {@link CorsPolicy#mappings()} gives: the top
	 * level comes last.
	 */
	static CorsPolicy rebuild(List<CorsMapping> mappings) {
		CorsMapping top = mappings.get(mappings.size() - 1);
		CorsPolicyBuilder builder = describe(CorsPolicy.builder().paths(top.paths()), top);
		for (CorsMapping mapping : mappings.subList(0, mappings.size() - 1)) {
			builder.mapping((rebuilt) -> describe(rebuilt.paths(mapping.paths()).enabled(mapping.enabled()), mapping));
		}
		return builder.build();
	}

	private static <B extends CorsSettings<B>> B describe(B settings, CorsMapping mapping) {
		return settings.allowedOrigins(mapping.allowedOrigins())
			.allowedOriginPatterns(mapping.allowedOriginPatterns())
			.allowedMethods(mapping.allowedMethods())
			.allowedHeaders(mapping.allowedHeaders())
			.exposedHeaders(mapping.exposedHeaders())
			.allowCredentials(mapping.allowCredentials())
			.allowPrivateNetwork(mapping.allowPrivateNetwork())
			.maxAge(mapping.maxAge());
	}

	private static Gen<PolicySpec> policies() {
		Gen<@Nullable List<String>> topPaths = Gen
			.of(List.of("/**"), List.of("/api/**", "/m1/**"), List.of("/api/**", "/files/*.txt"))
			.orNull(0.5);
		Gen<SettingsSpec> settings = settings();
		Gen<List<MappingSpec>> mappings = mappingSpecs().list(0, 3);
		Gen<PolicySpec> policies = (random) -> new PolicySpec(topPaths.next(random), settings.next(random),
				mappings.next(random));
		return policies.filter(PolicySpec::isValid);
	}

	private static Gen<MappingSpec> mappingSpecs() {
		Gen<SettingsSpec> settings = settings();
		return (random) -> new MappingSpec(random.nextBoolean(), settings.next(random));
	}

	private static Gen<SettingsSpec> settings() {
		Gen<@Nullable List<String>> origins = subset("https://app.example.com", "http://localhost:8080",
				"https://b.example", "*");
		Gen<@Nullable List<String>> patterns = subset("https://*.example.com", "http://localhost:[*]",
				"https://*.preview.example.com");
		Gen<@Nullable List<String>> methods = subset("GET", "POST", "PUT", "DELETE", "PATCH", "CUSTOM", "*");
		Gen<@Nullable List<String>> headers = subset("Content-Type", "Authorization", "X-Request-Id", "*");
		Gen<@Nullable List<String>> exposed = subset("X-Request-Id", "ETag", "*");
		Gen<@Nullable Boolean> flags = Gen.booleans().orNull(0.4);
		Gen<@Nullable Duration> maxAges = Gen.of(0L, 60L, 1800L, 7200L).map(Duration::ofSeconds).orNull(0.4);
		return (random) -> new SettingsSpec(origins.next(random), patterns.next(random), methods.next(random),
				headers.next(random), exposed.next(random), flags.next(random), flags.next(random),
				maxAges.next(random));
	}

	/** A setting left out (inherited), or some of the values, in order. */
	private static Gen<@Nullable List<String>> subset(String... values) {
		return Gen.of(values).uniqueList(0, values.length, (value) -> value).orNull(0.4);
	}

	private static Gen<List<CorsRequest>> requests() {
		Gen<String> methods = Gen.of("GET", "POST", "OPTIONS", "PUT");
		Gen<String> paths = Gen.of("/", "/m0/x", "/m1/a.txt", "/m2/42", "/api/x", "/files/a.txt", "/other");
		Gen<@Nullable String> origins = Gen
			.of("https://app.example.com", "http://localhost:8080", "http://localhost:3000", "https://b.example",
					"https://x.preview.example.com", "https://evil.example", "null")
			.orNull(0.2);
		Gen<@Nullable String> requestMethods = Gen.of("GET", "PATCH", "CUSTOM", "get").orNull(0.3);
		Gen<@Nullable String> requestHeaders = Gen
			.of("content-type", "X-Request-Id, Authorization", "x-other", "", "content-type,,x")
			.orNull(0.4);
		Gen<@Nullable String> privateNetwork = Gen.just("true").orNull(0.7);
		Gen<CorsRequest> requests = (random) -> new CorsRequest(methods.next(random), paths.next(random),
				origins.next(random), requestMethods.next(random), requestHeaders.next(random),
				privateNetwork.next(random));
		return requests.list(1, 10);
	}

	/**
	 * A generated policy and the requests to decide with it and with its rebuilt twin.
	 *
	 * @param spec the policy
	 * @param requests the requests
	 */
	record RoundTrip(PolicySpec spec, List<CorsRequest> requests) {
	}

	/**
	 * Generated settings of the top level or of a mapping; {@code null} leaves a setting
	 * out.
	 *
	 * @param origins allowed origins
	 * @param patterns allowed origin patterns
	 * @param methods allowed methods
	 * @param headers allowed request headers
	 * @param exposed exposed response headers
	 * @param credentials whether credentials are allowed
	 * @param privateNetwork whether private network access is allowed
	 * @param maxAge the max age
	 */
	record SettingsSpec(@Nullable List<String> origins, @Nullable List<String> patterns, @Nullable List<String> methods,
			@Nullable List<String> headers, @Nullable List<String> exposed, @Nullable Boolean credentials,
			@Nullable Boolean privateNetwork, @Nullable Duration maxAge) {

		<B extends CorsSettings<B>> B applyTo(B settings) {
			if (this.origins != null) {
				settings.allowedOrigins(this.origins);
			}
			if (this.patterns != null) {
				settings.allowedOriginPatterns(this.patterns);
			}
			if (this.methods != null) {
				settings.allowedMethods(this.methods);
			}
			if (this.headers != null) {
				settings.allowedHeaders(this.headers);
			}
			if (this.exposed != null) {
				settings.exposedHeaders(this.exposed);
			}
			if (this.credentials != null) {
				settings.allowCredentials(this.credentials);
			}
			if (this.privateNetwork != null) {
				settings.allowPrivateNetwork(this.privateNetwork);
			}
			if (this.maxAge != null) {
				settings.maxAge(this.maxAge);
			}
			return settings;
		}

	}

	/**
	 * A generated mapping: on paths of its own, so that no mapping hides another.
	 *
	 * @param enabled whether the mapping is enabled
	 * @param settings its settings
	 */
	record MappingSpec(boolean enabled, SettingsSpec settings) {
	}

	/**
	 * A generated policy.
	 *
	 * @param paths the top level's paths, or {@code null} for the default
	 * @param settings the top level's settings
	 * @param mappings the mappings, the i-th on {@code /mi/**}, {@code /mi/*.txt} and
	 * {@code /mi/{id}}
	 */
	record PolicySpec(@Nullable List<String> paths, SettingsSpec settings, List<MappingSpec> mappings) {

		CorsPolicy build() {
			CorsPolicyBuilder builder = this.settings.applyTo(CorsPolicy.builder());
			if (this.paths != null) {
				builder.paths(this.paths);
			}
			for (int i = 0; i < this.mappings.size(); i++) {
				MappingSpec mapping = this.mappings.get(i);
				List<String> paths = new ArrayList<>(List.of("/m" + i + "/*.txt", "/m" + i + "/{id}"));
				paths.add((i % 2 == 0) ? "/m" + i + "/**" : "/m" + i + "/x");
				builder.mapping((spec) -> mapping.settings().applyTo(spec.paths(paths).enabled(mapping.enabled())));
			}
			return builder.build();
		}

		/**
		 * Whether the settings make a valid policy: no {@code *} origins or exposed
		 * headers with credentials.
		 */
		boolean isValid() {
			try {
				build();
				return true;
			}
			catch (CorsPolicyException ex) {
				return false;
			}
		}

	}

}
