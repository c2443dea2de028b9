package dev.crossorigin.cors.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the spelling of request paths: the mapping the engine applies must be the one
 * Spring's own path parsing and {@code PathPattern} matching pick
 * ({@link SpringRouting}), for paths built from the mapped ones with percent-encoded
 * characters, {@code ;} parameters, extra slashes, dot segments, encoded slashes and
 * non-ASCII, and for arbitrary strings. Engine types appear only in method bodies (see
 * {@link DecisionFuzzTests}).
 */
class PathMappingFuzzTests {

	private static final List<String> SPELLED = List.of("/public/info", "/internal/x", "/files/a.txt",
			"/users/42/avatar", "/v1/items", "/api/greeting", "/static/a/b.js", "/api");

	@DictionaryEntries({ "%2F", "%2f", "%25", "%3B", ";", ";a=b", "//", "/./", "/../", "%C3%A9", "public", "internal",
			"files", "users", "static", ".txt", ".js" })
	@FuzzTest(maxDuration = "10s")
	void mappingIsTheOneSpringRoutingPicks(FuzzedDataProvider data) {
		CorsPolicy policy = data.pickValue(FuzzPolicies.ALL);
		String path = data.consumeBoolean() ? spell(data, data.pickValue(SPELLED)) : FuzzInputs.path(data, SPELLED);
		CorsMapping expected = SpringRouting.mappingFor(policy.mappings(), path);
		assertThat(policy.mappingFor(path)).as("mapping for %s", path).isEqualTo(expected);
		CorsInvariants.evaluate(policy, CorsRequest.actual("GET", path, FuzzPolicies.APP));
		CorsInvariants.evaluate(policy, CorsRequest.preflight(path, FuzzPolicies.APP, "PUT", "content-type"));
	}

	/** Respells a path character by character, as the fuzzer's bytes choose. */
	private static String spell(FuzzedDataProvider data, String path) {
		StringBuilder spelled = new StringBuilder();
		// The leading slash stays: a server hands a filter only origin-form paths.
		spelled.append('/');
		for (int i = 1; i < path.length() && data.remainingBytes() > 0; i++) {
			char c = path.charAt(i);
			switch (data.consumeInt(0, 9)) {
				case 0 -> spelled.append(encode(c).toUpperCase(Locale.ROOT));
				case 1 -> spelled.append(encode(c).toLowerCase(Locale.ROOT));
				case 2 -> spelled.append(c).append(';').append(data.consumeAsciiString(6));
				case 3 -> spelled.append(c).append(data.pickValue(List.of("/", "/./", "/../", "%2F", "%C3%A9")));
				case 4 -> spelled.append(Character.toUpperCase(c));
				default -> spelled.append(c);
			}
		}
		return spelled.toString();
	}

	private static String encode(char c) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
			encoded.append(String.format("%%%02X", b & 0xff));
		}
		return encoded.toString();
	}

}
