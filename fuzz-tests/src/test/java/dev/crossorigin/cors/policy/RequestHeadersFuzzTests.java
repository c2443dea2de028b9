package dev.crossorigin.cors.policy;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsResult;

import static dev.crossorigin.cors.policy.CorsInvariants.printable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the parsing of {@code Access-Control-Request-Headers}: the engine must accept
 * exactly the lists the {@link ReferenceModel} accepts, call every other one malformed or
 * refused, and echo only what it checked. Engine types appear only in method bodies here,
 * never in fields or signatures: JUnit's discovery would load them before Jazzer installs
 * its agent, and Jazzer could not instrument them.
 */
class RequestHeadersFuzzTests {

	private static final List<String> KNOWN = List.of("content-type", "Content-Type, Authorization",
			"x-request-id , authorization", "X-A,x-b", "x-custom", " ", "", "\t", "a,b", "content-type,,x", "x-a,");

	@DictionaryEntries({ ",", ", ", " ,", "content-type", "authorization", "x-request-id", "x-a", "X-B", ";", ":", "(",
			"*" })
	@FuzzTest(maxDuration = "10s")
	void requestHeadersAreAcceptedExactlyWhenWellFormedAndAllowed(FuzzedDataProvider data) {
		String requestHeaders = FuzzInputs.value(data, KNOWN);
		List<String> names = ReferenceModel.requestHeaderNames(requestHeaders);
		for (CorsPolicy policy : FuzzPolicies.HEADER_LISTS) {
			CorsRequest request = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", requestHeaders);
			CorsResult result = CorsInvariants.evaluate(policy, request);
			if (names == null) {
				assertThat(result.decision().reason()).as("'%s' is malformed", printable(requestHeaders))
					.isEqualTo(Reason.MALFORMED);
			}
		}
	}

}
