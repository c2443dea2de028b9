package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.crossorigin.cors.policy.CorsInvariants.printable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Origin parsing, pattern validation and the compiled {@link OriginMatcher}, each
 * asserted to agree with the {@link ReferenceModel}.
 */
final class OriginInvariants {

	private OriginInvariants() {
	}

	/**
	 * {@link OriginSyntax} reads a request origin, and judges a configured one, as the
	 * reference does.
	 */
	static void assertOriginSyntaxAgrees(String origin) {
		ReferenceModel.Origin expected = ReferenceModel.parseOrigin(origin);
		assertThat(OriginSyntax.isOrigin(origin)).as(() -> "'" + printable(origin) + "' is a request origin")
			.isEqualTo(expected != null);
		if (expected != null) {
			int hostStart = OriginSyntax.hostStart(origin);
			int hostEnd = OriginSyntax.hostEnd(origin, hostStart);
			assertThat(origin.substring(0, hostStart - 3)).as("scheme").isEqualTo(expected.scheme());
			assertThat(origin.substring(hostStart, hostEnd)).as("host").isEqualTo(expected.host());
			assertThat((hostEnd < origin.length()) ? Integer.toString(OriginSyntax.port(origin, hostEnd)) : null)
				.as("port")
				.isEqualTo(expected.port());
		}
		assertThat(OriginSyntax.check(origin) instanceof Parsed.Valid)
			.as(() -> "'" + printable(origin) + "' is a valid configured origin")
			.isEqualTo(ReferenceModel.isValidOrigin(origin));
	}

	/**
	 * A pattern is valid exactly when the reference says so; a valid one, compiled with
	 * others, matches exactly the origins the reference matches, and an invalid one fails
	 * {@link CorsPolicyBuilder#build()}.
	 * @param pattern the configured pattern
	 * @param others valid patterns compiled into the same matcher
	 * @param origin the request origin
	 */
	static void assertPatternAgrees(String pattern, List<String> others, String origin) {
		boolean valid = ReferenceModel.isValidPattern(pattern);
		Parsed<OriginPattern> parsed = OriginPattern.parse(pattern);
		assertThat(parsed instanceof Parsed.Valid).as(() -> "'" + printable(pattern) + "' is a valid pattern")
			.isEqualTo(valid);
		if (!valid) {
			assertThatExceptionOfType(CorsPolicyException.class)
				.isThrownBy(() -> CorsPolicy.builder().allowedOriginPatterns(pattern).build());
			return;
		}
		List<String> all = new ArrayList<>(others);
		all.add(pattern);
		assertMatcherAgrees(Set.of(), all, origin);
	}

	/**
	 * The compiled matcher of exact origins and valid patterns allows exactly what the
	 * reference allows.
	 * @param exact exact origins
	 * @param patterns valid patterns
	 * @param origin the request origin
	 */
	static void assertMatcherAgrees(Set<String> exact, List<String> patterns, String origin) {
		List<OriginPattern> compiled = patterns.stream()
			.map((pattern) -> OriginPattern.parse(pattern).orElseThrow())
			.toList();
		boolean expected = exact.contains(origin)
				|| patterns.stream().anyMatch((pattern) -> ReferenceModel.patternMatches(pattern, origin));
		assertThat(new OriginMatcher(false, exact, compiled).matches(origin))
			.as(() -> "'" + printable(origin) + "' is allowed by " + exact + " and " + patterns)
			.isEqualTo(expected);
	}

}
