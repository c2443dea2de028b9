package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.crossorigin.cors.policy.Grammar.OriginParts;
import dev.crossorigin.cors.policy.Grammar.PatternSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the compiled origin matcher: on generated exact origins and patterns, and
 * on origins generated to be allowed and then nudged (a label added, removed, changed or
 * glued, another scheme or port, a case change), it allows exactly what the
 * {@link ReferenceModel} allows.
 */
class OriginMatcherPropertyTests {

	@Test
	void compiledMatcherAgreesWithTheReferenceOnAllowedOriginsAndNearMisses() {
		int[] outcomes = new int[2];
		PropertyCheck.forAll(400, matchCases(), (matchCase) -> {
			for (Candidate candidate : matchCase.origins()) {
				OriginInvariants.assertMatcherAgrees(matchCase.exact(), matchCase.patterns(), candidate.origin());
				boolean allowed = matchCase.exact().contains(candidate.origin()) || matchCase.patterns()
					.stream()
					.anyMatch((pattern) -> ReferenceModel.patternMatches(pattern, candidate.origin()));
				outcomes[allowed ? 0 : 1]++;
			}
		});
		int total = outcomes[0] + outcomes[1];
		assertThat(outcomes[0]).as("allowed candidates of %d", total).isGreaterThan(total * 15 / 100);
		assertThat(outcomes[1]).as("refused candidates of %d", total).isGreaterThan(total * 15 / 100);
	}

	@Test
	void everyNearMissIsTried() {
		EnumMap<NearMiss, Integer> tried = new EnumMap<>(NearMiss.class);
		PropertyCheck.forAll(400, matchCases(), (matchCase) -> matchCase.origins()
			.forEach((candidate) -> tried.merge(candidate.nearMiss(), 1, Integer::sum)));
		assertThat(tried).containsOnlyKeys(NearMiss.values());
	}

	@Test
	void policyAnswersExactlyTheOriginsTheReferenceAllows() {
		PropertyCheck.forAll(200, matchCases(), (matchCase) -> {
			CorsPolicy policy = CorsPolicy.builder()
				.allowedOrigins(List.copyOf(matchCase.exact()))
				.allowedOriginPatterns(matchCase.patterns())
				.allowCredentials(true)
				.build();
			for (Candidate candidate : matchCase.origins()) {
				CorsInvariants.evaluate(policy, CorsRequest.actual("GET", "/", candidate.origin()));
				CorsInvariants.evaluate(policy, CorsRequest.preflight("/", candidate.origin(), "POST", "content-type"));
			}
		});
	}

	private static Gen<MatchCase> matchCases() {
		Gen<List<PatternSpec>> patterns = Grammar.patterns().uniqueList(1, 6, PatternSpec::value);
		Gen<Set<String>> exact = Grammar.origins().set(3);
		return (random) -> {
			List<PatternSpec> specs = patterns.next(random);
			Set<String> origins = exact.next(random);
			return new MatchCase(origins, specs.stream().map(PatternSpec::value).toList(),
					candidates(specs, origins).list(1, 12).next(random));
		};
	}

	private static Gen<Candidate> candidates(List<PatternSpec> specs, Set<String> exact) {
		List<Gen<OriginParts>> bases = new ArrayList<>();
		bases.add(Gen.of(specs).flatMap(PatternSpec::instances));
		if (!exact.isEmpty()) {
			bases.add(Gen.of(List.copyOf(exact)).map(OriginMatcherPropertyTests::parts));
		}
		Gen<OriginParts> base = Gen.oneOf(bases);
		Gen<NearMiss> nearMisses = Gen.of(NearMiss.class);
		Gen<String> labels = Grammar.labels();
		Gen<Integer> indexes = Gen.ints(0, 40);
		return (random) -> {
			NearMiss nearMiss = nearMisses.next(random);
			return new Candidate(nearMiss.apply(base.next(random), labels.next(random), indexes.next(random)),
					nearMiss);
		};
	}

	private static OriginParts parts(String origin) {
		ReferenceModel.Origin parsed = ReferenceModel.parseOrigin(origin);
		return new OriginParts(parsed.scheme(), parsed.host(), parsed.port());
	}

	/**
	 * Exact origins and patterns, and the origins to try against them.
	 *
	 * @param exact exact origins
	 * @param patterns valid patterns
	 * @param origins request origins, with how each was made
	 */
	record MatchCase(Set<String> exact, List<String> patterns, List<Candidate> origins) {
	}

	/**
	 * A request origin and how it was made from an allowed one.
	 *
	 * @param origin the request origin
	 * @param nearMiss the change made to an allowed origin
	 */
	record Candidate(String origin, NearMiss nearMiss) {
	}

	/** Ways to nudge an allowed origin into one that may or may not be allowed. */
	enum NearMiss {

		NONE, LABEL_ADDED_IN_FRONT, LABEL_REMOVED_IN_FRONT, LABEL_CHANGED, LABEL_APPENDED, LABELS_GLUED, PREFIX_GLUED,
		OTHER_SCHEME, OTHER_PORT, PORT_REMOVED, DEFAULT_PORT, UPPERCASE, TRAILING_DOT, TRAILING_SLASH, PATH;

		String apply(OriginParts origin, String label, int index) {
			String scheme = origin.scheme();
			String host = origin.host();
			String port = origin.port();
			List<String> labels = new ArrayList<>(Arrays.asList(host.split("\\.")));
			switch (this) {
				case NONE -> {
				}
				case LABEL_ADDED_IN_FRONT -> host = label + "." + host;
				case LABEL_REMOVED_IN_FRONT -> host = host.substring(host.indexOf('.') + 1);
				case LABEL_CHANGED -> {
					labels.set(index % labels.size(), label);
					host = String.join(".", labels);
				}
				case LABEL_APPENDED -> host = host + "." + label;
				case LABELS_GLUED ->
					host = (labels.size() > 1) ? glue(labels, index % (labels.size() - 1)) : label + host;
				case PREFIX_GLUED -> host = label + host;
				case OTHER_SCHEME -> scheme = Grammar.SCHEMES
					.get((Grammar.SCHEMES.indexOf(scheme) + 1 + index % 2) % Grammar.SCHEMES.size());
				case OTHER_PORT -> port = List.of("1", "444", "3000", "8080", "8443", "65535").get(index % 6);
				case PORT_REMOVED -> port = null;
				case DEFAULT_PORT -> port = scheme.equals("http") ? "80" : "443";
				case UPPERCASE -> {
					String value = new OriginParts(scheme, host, port).toString();
					int at = index % value.length();
					return value.substring(0, at) + value.substring(at, at + 1).toUpperCase(Locale.ROOT)
							+ value.substring(at + 1);
				}
				case TRAILING_DOT -> host = host + ".";
				case TRAILING_SLASH -> {
					return origin + "/";
				}
				case PATH -> {
					return origin + "/" + label;
				}
			}
			return new OriginParts(scheme, host, port).toString();
		}

		private static String glue(List<String> labels, int at) {
			List<String> glued = new ArrayList<>(labels);
			glued.set(at, glued.get(at) + glued.remove(at + 1));
			return String.join(".", glued);
		}

	}

}
