package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip of a policy through its description: a policy built from generated settings
 * (a top level and mappings, each setting given or inherited), described by
 * {@link CorsPolicy#mappings()}, and rebuilt from that description with every setting
 * spelled out, has the same description and decides every request the same way.
 */
class PolicyRoundTripPropertyTests {

	@Property(tries = 300)
	void policyRebuiltFromItsMappingsDescribesAndDecidesTheSame(@ForAll("policies") PolicySpec spec,
			@ForAll("requests") List<CorsRequest> requests) {
		CorsPolicy policy = spec.build();
		CorsPolicy rebuilt = rebuild(policy.mappings());
		assertThat(rebuilt.mappings()).isEqualTo(policy.mappings());
		for (CorsRequest request : requests) {
			assertThat(rebuilt.evaluate(request)).isEqualTo(CorsInvariants.evaluate(policy, request));
		}
	}

	/**
	 * Builds a policy from the description {@link CorsPolicy#mappings()} gives: the top
	 * level comes last.
	 */
	static CorsPolicy rebuild(List<CorsMapping> mappings) {
		CorsMapping top = mappings.get(mappings.size() - 1);
		CorsPolicy.Builder builder = describe(CorsPolicy.builder().paths(top.paths()), top);
		for (CorsMapping mapping : mappings.subList(0, mappings.size() - 1)) {
			builder.mapping((rebuilt) -> describe(rebuilt.paths(mapping.paths()).enabled(mapping.enabled()), mapping));
		}
		return builder.build();
	}

	private static <B extends CorsPolicy.Settings<B>> B describe(B settings, CorsMapping mapping) {
		return settings.allowedOrigins(mapping.allowedOrigins())
			.allowedOriginPatterns(mapping.allowedOriginPatterns())
			.allowedMethods(mapping.allowedMethods())
			.allowedHeaders(mapping.allowedHeaders())
			.exposedHeaders(mapping.exposedHeaders())
			.allowCredentials(mapping.allowCredentials())
			.allowPrivateNetwork(mapping.allowPrivateNetwork())
			.maxAge(mapping.maxAge());
	}

	@Provide
	Arbitrary<PolicySpec> policies() {
		Arbitrary<List<String>> topPaths = Arbitraries
			.of(List.of("/**"), List.of("/api/**", "/m1/**"), List.of("/api/**", "/files/*.txt"))
			.injectNull(0.5);
		return Combinators.combine(topPaths, settings(), mappingSpecs().list().ofMaxSize(3))
			.as(PolicySpec::new)
			.filter(PolicySpec::isValid);
	}

	private Arbitrary<MappingSpec> mappingSpecs() {
		return Combinators.combine(Arbitraries.of(true, false), settings())
			.as((enabled, settings) -> new MappingSpec(enabled, settings));
	}

	private Arbitrary<SettingsSpec> settings() {
		return Combinators
			.combine(subset("https://app.example.com", "http://localhost:8080", "https://b.example", "*"),
					subset("https://*.example.com", "http://localhost:[*]", "https://*.preview.example.com"),
					subset("GET", "POST", "PUT", "DELETE", "PATCH", "CUSTOM", "*"),
					subset("Content-Type", "Authorization", "X-Request-Id", "*"), subset("X-Request-Id", "ETag", "*"),
					Arbitraries.of(true, false).injectNull(0.4), Arbitraries.of(true, false).injectNull(0.4),
					Arbitraries.of(0L, 60L, 1800L, 7200L).map(Duration::ofSeconds).injectNull(0.4))
			.as(SettingsSpec::new);
	}

	/** A setting left out (inherited), or some of the values, in order. */
	private static Arbitrary<List<String>> subset(String... values) {
		return Arbitraries.of(values).list().uniqueElements().ofMaxSize(values.length).injectNull(0.4);
	}

	@Provide
	Arbitrary<List<CorsRequest>> requests() {
		Arbitrary<String> methods = Arbitraries.of("GET", "POST", "OPTIONS", "PUT");
		Arbitrary<String> paths = Arbitraries.of("/", "/m0/x", "/m1/a.txt", "/m2/42", "/api/x", "/files/a.txt",
				"/other");
		Arbitrary<String> origins = Arbitraries
			.of("https://app.example.com", "http://localhost:8080", "http://localhost:3000", "https://b.example",
					"https://x.preview.example.com", "https://evil.example", "null")
			.injectNull(0.2);
		Arbitrary<String> requestMethods = Arbitraries.of("GET", "PATCH", "CUSTOM", "get").injectNull(0.3);
		Arbitrary<String> requestHeaders = Arbitraries
			.of("content-type", "X-Request-Id, Authorization", "x-other", "", "content-type,,x")
			.injectNull(0.4);
		Arbitrary<String> privateNetwork = Arbitraries.just("true").injectNull(0.7);
		return Combinators.combine(methods, paths, origins, requestMethods, requestHeaders, privateNetwork)
			.as(CorsRequest::new)
			.list()
			.ofMinSize(1)
			.ofMaxSize(10);
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

		<B extends CorsPolicy.Settings<B>> B applyTo(B settings) {
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
			CorsPolicy.Builder builder = this.settings.applyTo(CorsPolicy.builder());
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
