package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import dev.crossorigin.cors.policy.Grammar.PatternSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of validation on a small grammar of origins, origin patterns, methods and
 * header names, each value generated valid or given one defect, so valid or invalid by
 * construction: {@link CorsPolicy.Builder#build()} reports exactly the invalid ones, each
 * at its own property path, and accepts a list of only valid ones.
 */
class PolicyValidationPropertyTests {

	private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz"
			+ "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Property(tries = 300)
	void originsAreRejectedExactlyWhenInvalid(@ForAll("origins") List<Candidate> origins) {
		assertRejectsExactlyTheInvalid(origins, "allowed-origins", (builder, values) -> builder.allowedOrigins(values));
	}

	@Property(tries = 300)
	void originPatternsAreRejectedExactlyWhenInvalid(@ForAll("patterns") List<Candidate> patterns) {
		assertRejectsExactlyTheInvalid(patterns, "allowed-origin-patterns",
				(builder, values) -> builder.allowedOriginPatterns(values));
	}

	@Property(tries = 300)
	void methodsAreRejectedExactlyWhenInvalid(@ForAll("methods") List<Candidate> methods) {
		assertRejectsExactlyTheInvalid(methods, "allowed-methods", (builder, values) -> builder.allowedMethods(values));
	}

	@Property(tries = 300)
	void headerNamesAreRejectedExactlyWhenInvalid(@ForAll("headers") List<Candidate> headers) {
		assertRejectsExactlyTheInvalid(headers, "allowed-headers", (builder, values) -> builder.allowedHeaders(values));
		assertRejectsExactlyTheInvalid(headers, "exposed-headers", (builder, values) -> builder.exposedHeaders(values));
	}

	private static void assertRejectsExactlyTheInvalid(List<Candidate> candidates, String property,
			BiFunction<CorsPolicy.Builder, List<String>, CorsPolicy.Builder> setting) {
		List<String> values = candidates.stream().map(Candidate::value).toList();
		List<String> expected = IntStream.range(0, candidates.size())
			.filter((i) -> !candidates.get(i).valid())
			.mapToObj((i) -> property + "[" + i + "]")
			.toList();
		List<String> reported;
		try {
			setting.apply(CorsPolicy.builder(), values).build();
			reported = List.of();
		}
		catch (CorsPolicyException ex) {
			reported = ex.problems().stream().map(CorsPolicyProblem::property).toList();
		}
		assertThat(reported).as("problems reported for %s", values).isEqualTo(expected);
		candidates.forEach((candidate) -> Statistics.label("kind").collect(candidate.kind()));
	}

	@Provide
	Arbitrary<List<Candidate>> origins() {
		Arbitrary<Candidate> valid = Grammar.origins().map((origin) -> new Candidate(origin, true, "valid"));
		Arbitrary<OriginDefect> defects = Arbitraries.of(OriginDefect.class).withoutEdgeCases();
		Arbitrary<Candidate> invalid = Arbitraries.oneOf(
				Grammar.origins().flatMap((origin) -> defects.map((defect) -> defect.apply(origin))),
				Arbitraries.of("", " ", "null", "*.example.com", "https://*.example.com", "example.com")
					.map((value) -> new Candidate(value, false, "literal")));
		return candidates(valid, invalid);
	}

	@Provide
	Arbitrary<List<Candidate>> patterns() {
		Arbitrary<Candidate> valid = Grammar.patterns().map((spec) -> new Candidate(spec.value(), true, "valid"));
		Arbitrary<PatternDefect> defects = Arbitraries.of(PatternDefect.class).withoutEdgeCases();
		Arbitrary<Candidate> invalid = Arbitraries.oneOf(
				Grammar.patterns().flatMap((spec) -> defects.map((defect) -> defect.apply(spec))),
				Arbitraries
					.of("", "*", "https://*", "https://*.com", "*://example.com", "https://*.*.example.com",
							"https://a*.example.com", "https://*a.example.com", "http://example.com:*",
							"https://*.[::1]", "example.com", "ftp://*.example.com")
					.map((value) -> new Candidate(value, false, "literal")));
		return candidates(valid, invalid);
	}

	@Provide
	Arbitrary<List<Candidate>> methods() {
		Arbitrary<String> tokens = Arbitraries.oneOf(
				Arbitraries.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "patch", "*"),
				Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(8));
		Arbitrary<Candidate> valid = tokens.filter((method) -> !isForbidden(method) && !isMisspelledStandard(method))
			.map((method) -> new Candidate(method, true, "valid"));
		Arbitrary<Candidate> invalid = Arbitraries
			.oneOf(tokens.filter((method) -> !method.equals("*")).flatMap(PolicyValidationPropertyTests::spoilToken),
					Arbitraries.of("CONNECT", "TRACE", "TRACK", "connect", "Trace", "get", "Post", "put", "delete",
							"head", "options")
						.map((method) -> new Candidate(method, false, "forbidden or not uppercase")));
		return candidates(valid, invalid);
	}

	@Provide
	Arbitrary<List<Candidate>> headers() {
		Arbitrary<String> tokens = Arbitraries.oneOf(
				Arbitraries.of("Content-Type", "Authorization", "X-Request-Id", "If-Match", "*"),
				Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(12));
		Arbitrary<Candidate> valid = tokens.map((name) -> new Candidate(name, true, "valid"));
		Arbitrary<Candidate> invalid = tokens.filter((name) -> !name.equals("*"))
			.flatMap(PolicyValidationPropertyTests::spoilToken);
		return candidates(valid, invalid);
	}

	/**
	 * Up to five values, valid or not, none repeated (in any case): a repeat is a problem
	 * of its own.
	 */
	private static Arbitrary<List<Candidate>> candidates(Arbitrary<Candidate> valid, Arbitrary<Candidate> invalid) {
		return Arbitraries.oneOf(valid, invalid)
			.list()
			.ofMinSize(1)
			.ofMaxSize(5)
			.uniqueElements((candidate) -> candidate.value().toLowerCase(Locale.ROOT));
	}

	private static Arbitrary<Candidate> spoilToken(String token) {
		return Arbitraries
			.of(" ", "\t", "(", ")", ",", ";", ":", "\"", "/", "[", "]", "?", "=", "{", "}", "\\", "@", "é", "\u0000",
					"\r\n")
			.flatMap((bad) -> Arbitraries.integers()
				.between(0, token.length())
				.map((at) -> new Candidate(token.substring(0, at) + bad + token.substring(at), false,
						"separator or non-token character")));
	}

	private static boolean isForbidden(String method) {
		return List.of("CONNECT", "TRACE", "TRACK").contains(method.toUpperCase(Locale.ROOT));
	}

	/** A standard method browsers upper-case, written otherwise: it would never match. */
	private static boolean isMisspelledStandard(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return List.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT").contains(upper) && !method.equals(upper);
	}

	/**
	 * A generated value and whether it is valid by construction.
	 *
	 * @param value the value
	 * @param valid whether validation must accept it
	 * @param kind how it was made, for the statistics
	 */
	record Candidate(String value, boolean valid, String kind) {
	}

	/** One defect that makes a valid origin invalid. */
	enum OriginDefect {

		UPPERCASE_SCHEME, TRAILING_SLASH, PATH, QUERY, FRAGMENT, USER_INFO, DEFAULT_PORT, PORT_ZERO, PORT_TOO_LARGE,
		PORT_LEADING_ZERO, PORT_NOT_DIGITS, EMPTY_PORT, EMPTY_LABEL, TRAILING_DOT, WILDCARD, NO_SCHEME, UNKNOWN_SCHEME,
		LEADING_SPACE, TRAILING_SPACE, HOST_CHARACTER;

		Candidate apply(String origin) {
			int hostStart = origin.indexOf("://") + 3;
			String scheme = origin.substring(0, hostStart - 3);
			String rest = origin.substring(hostStart);
			String value = switch (this) {
				case UPPERCASE_SCHEME -> Character.toUpperCase(origin.charAt(0)) + origin.substring(1);
				case TRAILING_SLASH -> origin + "/";
				case PATH -> origin + "/index.html";
				case QUERY -> origin + "?q";
				case FRAGMENT -> origin + "#f";
				case USER_INFO -> scheme + "://user@" + rest;
				case DEFAULT_PORT -> withoutPort(scheme.equals("http") ? origin : "https://" + rest)
						+ (scheme.equals("http") ? ":80" : ":443");
				case PORT_ZERO -> withoutPort(origin) + ":0";
				case PORT_TOO_LARGE -> withoutPort(origin) + ":65536";
				case PORT_LEADING_ZERO -> withoutPort(origin) + ":08080";
				case PORT_NOT_DIGITS -> withoutPort(origin) + ":8o";
				case EMPTY_PORT -> withoutPort(origin) + ":";
				case EMPTY_LABEL -> scheme + "://a.." + rest;
				case TRAILING_DOT -> withoutPort(origin) + ".";
				case WILDCARD -> scheme + "://*." + rest;
				case NO_SCHEME -> rest;
				case UNKNOWN_SCHEME -> "ftp://" + rest;
				case LEADING_SPACE -> " " + origin;
				case TRAILING_SPACE -> origin + " ";
				case HOST_CHARACTER -> scheme + "://a!b." + rest;
			};
			return new Candidate(value, false, name());
		}

		private static String withoutPort(String origin) {
			int colon = origin.lastIndexOf(':');
			return (colon > origin.indexOf("://") && colon > origin.lastIndexOf(']')) ? origin.substring(0, colon)
					: origin;
		}

	}

	/** One defect that makes a valid pattern invalid. */
	enum PatternDefect {

		UPPERCASE, TRAILING_SLASH, PATH, QUERY, FRAGMENT, USER_INFO, DEFAULT_PORT, STAR_PORT, PORT_NOT_DIGITS,
		WILDCARD_INSIDE_LABEL, TWO_WILDCARDS, WILDCARD_ON_TOP_LEVEL_DOMAIN, WILDCARD_SCHEME, UNKNOWN_SCHEME, NO_SCHEME,
		EMPTY_LABEL;

		Candidate apply(PatternSpec spec) {
			String host = (spec.wildcard() ? "*." : "") + Grammar.join(spec.labels());
			String scheme = spec.scheme();
			String value = switch (this) {
				case UPPERCASE -> spec.value().toUpperCase(Locale.ROOT);
				case TRAILING_SLASH -> spec.value() + "/";
				case PATH -> spec.value() + "/x";
				case QUERY -> spec.value() + "?q";
				case FRAGMENT -> spec.value() + "#f";
				case USER_INFO -> scheme + "://user@" + host;
				case DEFAULT_PORT -> (scheme.equals("http") ? "http://" + host + ":80" : "https://" + host + ":443");
				case STAR_PORT -> scheme + "://" + host + ":*";
				case PORT_NOT_DIGITS -> scheme + "://" + host + ":x1";
				case WILDCARD_INSIDE_LABEL -> scheme + "://a*." + Grammar.join(spec.labels());
				case TWO_WILDCARDS -> scheme + "://*.*." + Grammar.join(spec.labels());
				case WILDCARD_ON_TOP_LEVEL_DOMAIN -> scheme + "://*." + spec.labels().get(spec.labels().size() - 1);
				case WILDCARD_SCHEME -> "*://" + host;
				case UNKNOWN_SCHEME -> "ws://" + host;
				case NO_SCHEME -> host;
				case EMPTY_LABEL -> scheme + "://" + host + "..a";
			};
			return new Candidate(value, false, name());
		}

	}

}
