package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for origin matching through {@link CorsPolicy#evaluate}: exact origins,
 * {@code *.} patterns, any-port patterns, and the lookalikes an attacker would try.
 */
class OriginMatchingTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com", "http://[::1]:8080")
		.allowedOriginPatterns("https://*.preview.example.com", "http://localhost:[*]")
		.allowCredentials(true)
		.build();

	/** Longest origin the engine parses. */
	private static final int MAX_ORIGIN_LENGTH = 1024;

	@ParameterizedTest
	@ValueSource(
			strings = { "https://app.example.com", "https://a.preview.example.com", "https://pr-42.preview.example.com",
					"https://a.b.c.preview.example.com", "https://x_y.preview.example.com", "http://localhost",
					"http://localhost:1", "http://localhost:8080", "http://localhost:65535", "http://[::1]:8080" })
	void allowedOriginIsEchoedOnActualRequest(String origin) {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/", origin));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", origin);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com", "https://a.b.c.preview.example.com", "http://localhost",
			"http://localhost:3000", "http://[::1]:8080" })
	void allowedOriginIsEchoedOnPreflight(String origin) {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/", origin, "POST", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", origin);
	}

	@ParameterizedTest(name = "[{index}] {0} -> {1}")
	@MethodSource("rejectedOrigins")
	void lookalikeOriginIsRejectedOnActualRequestWithoutAccessControlHeaders(String origin, Reason reason) {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/", origin));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.ACTUAL_REJECTED);
		assertThat(result.decision().reason()).isEqualTo(reason);
		assertThat(result.headers()).containsOnly(entry("Vary", "Origin"));
	}

	@ParameterizedTest(name = "[{index}] {0} -> {1}")
	@MethodSource("rejectedOrigins")
	void lookalikeOriginIsRejectedOnPreflight(String origin, Reason reason) {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/", origin, "GET", null));
		assertThat(result.decision().type()).isEqualTo(CorsDecision.Type.PREFLIGHT_REJECTED);
		assertThat(result.decision().reason()).isEqualTo(reason);
		assertThat(result.headers()).containsOnlyKeys("Vary");
	}

	static Stream<Arguments> rejectedOrigins() {
		return Stream.of(
				// suffix tricks: an allowed name followed by the attacker's domain
				rejected("https://app.example.com.evil.com", Reason.ORIGIN),
				rejected("https://a.preview.example.com.evil.com", Reason.ORIGIN),
				rejected("https://preview.example.com.evil.com", Reason.ORIGIN),
				rejected("http://localhost.evil.com", Reason.ORIGIN),
				// prefix tricks: the allowed name glued to the attacker's label
				rejected("https://evilapp.example.com", Reason.ORIGIN),
				rejected("https://evil-preview.example.com", Reason.ORIGIN),
				rejected("https://evilpreview.example.com", Reason.ORIGIN),
				rejected("https://a.evil-preview.example.com", Reason.ORIGIN),
				rejected("http://evillocalhost", Reason.ORIGIN),
				// the bare domain of a *. pattern and its parent
				rejected("https://preview.example.com", Reason.ORIGIN), rejected("https://example.com", Reason.ORIGIN),
				// other scheme
				rejected("http://app.example.com", Reason.ORIGIN),
				rejected("http://a.preview.example.com", Reason.ORIGIN),
				rejected("https://localhost:8080", Reason.ORIGIN), rejected("wss://app.example.com", Reason.ORIGIN),
				// other port, explicit default port
				rejected("https://app.example.com:8443", Reason.ORIGIN),
				rejected("https://a.preview.example.com:8443", Reason.ORIGIN),
				rejected("https://app.example.com:443", Reason.ORIGIN),
				rejected("https://a.preview.example.com:443", Reason.ORIGIN),
				rejected("http://[::1]:8081", Reason.ORIGIN), rejected("http://[::1]", Reason.ORIGIN),
				rejected("http://127.0.0.1:8080", Reason.ORIGIN),
				// the opaque origin
				rejected("null", Reason.ORIGIN),
				// not a serialised origin at all
				rejected("https://app.example.com/", Reason.MALFORMED),
				rejected("https://app.example.com/path", Reason.MALFORMED),
				rejected("HTTPS://APP.EXAMPLE.COM", Reason.MALFORMED),
				rejected("https://App.example.com", Reason.MALFORMED),
				rejected("https://A.preview.example.com", Reason.MALFORMED), rejected("", Reason.MALFORMED),
				rejected(" ", Reason.MALFORMED), rejected(" https://app.example.com", Reason.MALFORMED),
				rejected("https://app.example.com ", Reason.MALFORMED),
				rejected("https://app.example.com\t", Reason.MALFORMED),
				rejected("https://user@app.example.com", Reason.MALFORMED),
				rejected("https://evil.com#.preview.example.com", Reason.MALFORMED),
				rejected("https://evil.com?.preview.example.com", Reason.MALFORMED),
				rejected("https://evil.com/.preview.example.com", Reason.MALFORMED),
				rejected("https://evil.com\\.preview.example.com", Reason.MALFORMED),
				rejected("https://.preview.example.com", Reason.MALFORMED),
				rejected("https://a..preview.example.com", Reason.MALFORMED),
				rejected("https://a.preview.example.com.", Reason.MALFORMED),
				rejected("https://app.example.com:", Reason.MALFORMED),
				rejected("https://app.example.com:08443", Reason.MALFORMED),
				rejected("http://localhost:65536", Reason.MALFORMED),
				rejected("http://localhost:99999999999", Reason.MALFORMED),
				rejected("http://localhost:80a", Reason.MALFORMED), rejected("http://localhost:-1", Reason.MALFORMED),
				rejected("https://", Reason.MALFORMED), rejected("app.example.com", Reason.MALFORMED),
				rejected("//app.example.com", Reason.MALFORMED), rejected("*", Reason.MALFORMED),
				rejected("https://*.preview.example.com", Reason.MALFORMED), rejected("http://[::1", Reason.MALFORMED),
				rejected("http://[]:8080", Reason.MALFORMED), rejected("http://[::g]:8080", Reason.MALFORMED),
				rejected("https://app.exämple.com", Reason.MALFORMED),
				rejected("https://app.example.com\r\nSet-Cookie: a=b", Reason.MALFORMED),
				// longer than any origin a browser sends
				rejected("https://" + "a".repeat(2000) + ".preview.example.com", Reason.MALFORMED),
				rejected("https://app.example.com" + ":8080".repeat(1000), Reason.MALFORMED));
	}

	private static Arguments rejected(String origin, Reason reason) {
		return Arguments.of(origin, reason);
	}

	@Test
	void longOriginWithinTheLimitMatchesAPattern() {
		String suffix = ".preview.example.com";
		String origin = "https://" + "a.".repeat((MAX_ORIGIN_LENGTH - 8 - 1 - suffix.length()) / 2) + "z" + suffix;
		assertThat(origin.length()).isLessThanOrEqualTo(MAX_ORIGIN_LENGTH);
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/", origin));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
	}

	@Test
	void originOneCharacterOverTheLimitIsMalformedEvenWhenItWouldMatch() {
		String suffix = ".preview.example.com";
		String origin = "https://" + "a".repeat(MAX_ORIGIN_LENGTH + 1 - 8 - suffix.length()) + suffix;
		assertThat(origin).hasSize(MAX_ORIGIN_LENGTH + 1);
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/", origin));
		assertThat(result.decision().reason()).isEqualTo(Reason.MALFORMED);
	}

	@ParameterizedTest(name = "{0} allowed: {1}")
	@CsvSource({ "https://a.example.org:8443, true", "https://a.b.example.org:8443, true",
			"https://a.example.org:8444, false", "https://a.example.org:844, false", "https://a.example.org, false",
			"https://example.org:8443, false", "http://a.example.org:8443, false" })
	void wildcardPatternWithPortMatchesThatPortOnly(String origin, boolean allowed) {
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns("https://*.example.org:8443").build();
		assertThat(isAllowed(policy, origin)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} allowed: {1}")
	@CsvSource({ "https://a.example.net, true", "https://a.example.net:8443, true", "https://a.b.example.net:1, true",
			"https://example.net:8443, false", "http://a.example.net, false" })
	void wildcardPatternWithAnyPortMatchesAnyPortAndNone(String origin, boolean allowed) {
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns("https://*.example.net:[*]").build();
		assertThat(isAllowed(policy, origin)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} allowed: {1}")
	@CsvSource({ "http://[::1], true", "http://[::1]:1, true", "http://[::1]:8080, true", "https://[::1]:8080, false",
			"http://[::2]:8080, false", "http://localhost:8080, false" })
	void ipv6PatternWithAnyPortMatchesThatAddressOnly(String origin, boolean allowed) {
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns("http://[::1]:[*]").build();
		assertThat(isAllowed(policy, origin)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} allowed: {1}")
	@CsvSource({ "https://app.example.com, true", "http://localhost:8080, true", "https://app.example.com:443, false",
			"http://localhost, false", "http://localhost:8081, false" })
	void patternWithoutWildcardMatchesExactlyOneOrigin(String origin, boolean allowed) {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOriginPatterns("https://app.example.com", "http://localhost:8080")
			.build();
		assertThat(isAllowed(policy, origin)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} allowed: {1}")
	@CsvSource({ "https://a.shared.example.com, true", "http://a.shared.example.com:8080, true",
			"http://a.shared.example.com, false", "https://a.shared.example.com:8080, false",
			"http://shared.example.com:8080, true", "https://shared.example.com, false" })
	void patternsSharingAHostAreEachMatchedWithTheirOwnSchemeAndPort(String origin, boolean allowed) {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.shared.example.com", "http://*.shared.example.com:8080",
					"http://shared.example.com:[*]")
			.build();
		assertThat(isAllowed(policy, origin)).isEqualTo(allowed);
	}

	@Test
	void everyOneOfManyPatternsMatchesItsOwnSubdomains() {
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			patterns.add("https://*.tenant" + i + ".example.com");
		}
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns(patterns).build();
		for (int i = 0; i < 500; i++) {
			assertThat(isAllowed(policy, "https://app.tenant" + i + ".example.com")).as("tenant %d", i).isTrue();
		}
	}

	@Test
	void noneOfManyPatternsMatchesALookalike() {
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			patterns.add("https://*.tenant" + i + ".example.com");
		}
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns(patterns).build();
		for (int i = 0; i < 500; i++) {
			assertThat(isAllowed(policy, "https://tenant" + i + ".example.com")).as("bare tenant %d", i).isFalse();
			assertThat(isAllowed(policy, "https://eviltenant" + i + ".example.com")).as("prefixed %d", i).isFalse();
			assertThat(isAllowed(policy, "https://a.tenant" + i + ".example.com.evil")).as("suffixed %d", i).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com", "null", "http://localhost:1234", "chrome-extension://abc" })
	void anyOriginPolicyAllowsEveryWellFormedOriginWithWildcard(String origin) {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("*").build();
		CorsResult result = policy.evaluate(CorsRequest.actual("GET", "/", origin));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", "*");
	}

	@Test
	void browserExtensionOriginMatchesExactly() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("chrome-extension://abcdefghijklmnop").build();
		assertThat(isAllowed(policy, "chrome-extension://abcdefghijklmnop")).isTrue();
	}

	private static boolean isAllowed(CorsPolicy policy, String origin) {
		return policy.evaluate(CorsRequest.actual("GET", "/", origin)).decision() == CorsDecision.ACTUAL_ALLOWED;
	}

}
