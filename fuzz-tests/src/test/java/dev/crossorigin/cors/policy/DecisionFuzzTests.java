package dev.crossorigin.cors.policy;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the whole decision: method, path, {@code Origin},
 * {@code Access-Control-Request-Method}, {@code Access-Control-Request-Headers} and
 * {@code Access-Control-Request-Private-Network}, against each of the
 * {@link FuzzPolicies}, asserting the {@link CorsInvariants} on every outcome. Engine
 * types appear only in method bodies here, never in fields or signatures: JUnit's
 * discovery would load them before Jazzer installs its agent, and Jazzer could not
 * instrument them.
 */
class DecisionFuzzTests {

	private static final List<String> PRIVATE_NETWORK = List.of("true", "TRUE", "false", "", "1");

	@DictionaryEntries({ "OPTIONS", "GET", "https://", "http://", "://", ".example.com", "app.example.com",
			"preview.example.com", "localhost", ":[*]", ":8080", "[::1]", "/public/", "/internal/", "/files/", ".txt",
			"/users/", "/api/", "/static/", "%", "%2f", ";", "content-type", "authorization", ", ", "true" })
	@FuzzTest(maxDuration = "10s")
	void everyDecisionKeepsTheInvariants(FuzzedDataProvider data) {
		CorsPolicy policy = data.pickValue(FuzzPolicies.ALL);
		String method = FuzzInputs.value(data, FuzzPolicies.METHODS);
		String path = FuzzInputs.path(data, FuzzPolicies.PATHS);
		String origin = FuzzInputs.header(data, FuzzPolicies.ORIGINS);
		String requestMethod = FuzzInputs.header(data, FuzzPolicies.METHODS);
		String requestHeaders = FuzzInputs.header(data, FuzzPolicies.REQUEST_HEADERS);
		String privateNetwork = FuzzInputs.header(data, PRIVATE_NETWORK);
		CorsInvariants.evaluate(policy,
				new CorsRequest(method, path, origin, requestMethod, requestHeaders, privateNetwork));
	}

}
