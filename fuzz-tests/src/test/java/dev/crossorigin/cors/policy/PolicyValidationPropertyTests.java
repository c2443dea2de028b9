package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import dev.crossorigin.cors.policy.Grammar.PatternSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of validation on a small grammar of origins, origin patterns, methods and
 * header names, each value generated valid or given one defect, so valid or invalid by
 * construction: {@link CorsPolicyBuilder#build()} reports exactly the invalid ones, each
 * at its own property path, and accepts a list of only valid ones.
 */
class PolicyValidationPropertyTests {

	private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz"
			+ "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Test
	void originsAreRejectedExactlyWhenInvalid() {
		assertRejectsExactlyTheInvalid(origins(), "allowed-origins",
				(builder, values) -> builder.allowedOrigins(values));
	}

	@Test
	void originPatternsAreRejectedExactlyWhenInvalid() {
		assertRejectsExactlyTheInvalid(patterns(), "allowed-origin-patterns",
				(builder, values) -> builder.allowedOriginPatterns(values));
	}

	@Test
	void methodsAreRejectedExactlyWhenInvalid() {
		assertRejectsExactlyTheInvalid(methods(), "allowed-methods",
				(builder, values) -> builder.allowedMethods(values));
	}

	@Test
	void allowedHeaderNamesAreRejectedExactlyWhenInvalid() {
		assertRejectsExactlyTheInvalid(headers(), "allowed-headers",
				(builder, values) -> builder.allowedHeaders(values));
	}

	@Test
	void exposedHeaderNamesAreRejectedExactlyWhenInvalid() {
		assertRejectsExactlyTheInvalid(headers(), "exposed-headers",
				(builder, values) -> builder.exposedHeaders(values));
	}

	/**
	 * Checks the property on 300 lists, and that the lists held both valid and invalid
	 * values, each in at least a quarter of them.
	 */
	private static void assertRejectsExactlyTheInvalid(Gen<List<Candidate>> lists, String property,
			BiFunction<CorsPolicyBuilder, List<String>, CorsPolicyBuilder> setting) {
		int[] validAndInvalid = new int[2];
		PropertyCheck.forAll(300, lists, (candidates) -> {
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
			candidates.forEach((candidate) -> validAndInvalid[candidate.valid() ? 0 : 1]++);
		});
		int total = validAndInvalid[0] + validAndInvalid[1];
		assertThat(validAndInvalid[0]).as("valid values of %d", total).isGreaterThan(total / 4);
		assertThat(validAndInvalid[1]).as("invalid values of %d", total).isGreaterThan(total / 4);
	}

	private static Gen<List<Candidate>> origins() {
		Gen<Candidate> valid = Grammar.origins().map((origin) -> new Candidate(origin, true, "valid"));
		Gen<OriginDefect> defects = Gen.of(OriginDefect.class);
		Gen<Candidate> invalid = Gen.oneOf(
				Grammar.origins().flatMap((origin) -> defects.map((defect) -> defect.apply(origin))),
				Gen.of("", " ", "null", "*.example.com", "https://*.example.com", "example.com")
					.map((value) -> new Candidate(value, false, "literal")));
		return candidates(valid, invalid);
	}

	private static Gen<List<Candidate>> patterns() {
		Gen<Candidate> valid = Grammar.patterns().map((spec) -> new Candidate(spec.value(), true, "valid"));
		Gen<PatternDefect> defects = Gen.of(PatternDefect.class);
		Gen<Candidate> invalid = Gen.oneOf(
				Grammar.patterns().flatMap((spec) -> defects.map((defect) -> defect.apply(spec))),
				Gen.of("", "*", "https://*", "https://*.com", "*://example.com", "https://*.*.example.com",
						"https://a*.example.com", "https://*a.example.com", "http://example.com:*", "https://*.[::1]",
						"example.com", "ftp://*.example.com")
					.map((value) -> new Candidate(value, false, "literal")));
		return candidates(valid, invalid);
	}

	private static Gen<List<Candidate>> methods() {
		Gen<String> tokens = Gen.oneOf(
				Gen.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "patch", "*"),
				Gen.strings(TOKEN_CHARS, 1, 8));
		Gen<Candidate> valid = tokens.filter((method) -> !isForbidden(method) && !isMisspelledStandard(method))
			.map((method) -> new Candidate(method, true, "valid"));
		Gen<Candidate> invalid = Gen.oneOf(
				tokens.filter((method) -> !method.equals("*")).flatMap(PolicyValidationPropertyTests::spoilToken),
				Gen.of("CONNECT", "TRACE", "TRACK", "connect", "Trace", "get", "Post", "put", "delete", "head",
						"options")
					.map((method) -> new Candidate(method, false, "forbidden or not uppercase")));
		return candidates(valid, invalid);
	}

	private static Gen<List<Candidate>> headers() {
		Gen<String> tokens = Gen.oneOf(Gen.of("Content-Type", "Authorization", "X-Request-Id", "If-Match", "*"),
				Gen.strings(TOKEN_CHARS, 1, 12));
		Gen<Candidate> valid = tokens.map((name) -> new Candidate(name, true, "valid"));
		Gen<Candidate> invalid = tokens.filter((name) -> !name.equals("*"))
			.flatMap(PolicyValidationPropertyTests::spoilToken);
		return candidates(valid, invalid);
	}

	/**
	 * Up to five values, valid or not, none repeated (in any case): a repeat is a problem
	 * of its own.
	 */
	private static Gen<List<Candidate>> candidates(Gen<Candidate> valid, Gen<Candidate> invalid) {
		return Gen.oneOf(valid, invalid).uniqueList(1, 5, (candidate) -> candidate.value().toLowerCase(Locale.ROOT));
	}

	private static Gen<Candidate> spoilToken(String token) {
		return Gen
			.of(" ", "\t", "(", ")", ",", ";", ":", "\"", "/", "[", "]", "?", "=", "{", "}", "\\", "@", "é", "\u0000",
					"\r\n")
			.flatMap((bad) -> Gen.ints(0, token.length())
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
	 * @param kind how it was made, shown when a property fails
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
