package dev.crossorigin.cors.policy;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes origin parsing and matching: request origins through {@link OriginSyntax},
 * configured patterns through {@link OriginPattern} and validation, and the compiled
 * {@link OriginMatcher} against the {@link ReferenceModel}. Engine types appear only in
 * method bodies here, never in fields or signatures (lambdas included): JUnit's discovery
 * would load them before Jazzer installs its agent, and Jazzer could not instrument them.
 */
class OriginFuzzTests {

	private static final List<String> PATTERNS = List.of("https://*.example.com", "http://localhost:[*]",
			"https://*.a.b.example:[*]", "http://[::1]:8080", "https://app.example.com", "chrome-extension://*.x.y",
			"https://*.com", "https://a*.example.com", "*", "https://*", "http://host:*", "https://host:443",
			"https://*.[::1]", "HTTPS://*.example.com", "https://*.example.com/");

	/**
	 * Patterns compiled next to the fuzzed one, so that it shares the matcher's index
	 * with neighbours.
	 */
	private static final List<String> NEIGHBOURS = List.of("https://*.example.com", "https://*.preview.example.com",
			"http://localhost:[*]", "https://app.example.net:8443", "http://*.example.com:[*]");

	@DictionaryEntries({ "https://", "http://", "chrome-extension://", "://", "*.", ".example.com", "example.com",
			":[*]", ":8080", ":443", ":80", ":65535", ":65536", ":0", "[::1]", "[", "]", "localhost", "preview.", "..",
			"%", "@", "/", "?", "#", "null" })
	@FuzzTest(maxDuration = "10s")
	void originParsingAndMatchingAgreeWithTheReference(FuzzedDataProvider data) {
		String pattern = FuzzInputs.value(data, PATTERNS);
		String origin = FuzzInputs.value(data, FuzzPolicies.ORIGINS);
		OriginInvariants.assertOriginSyntaxAgrees(origin);
		OriginInvariants.assertPatternAgrees(pattern, NEIGHBOURS, origin);
		if (ReferenceModel.isValidPattern(pattern)) {
			CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns(pattern).allowCredentials(true).build();
			CorsInvariants.evaluate(policy, CorsRequest.actual("GET", "/", origin));
			CorsInvariants.evaluate(policy, CorsRequest.preflight("/", origin, "POST", "content-type"));
		}
	}

}
