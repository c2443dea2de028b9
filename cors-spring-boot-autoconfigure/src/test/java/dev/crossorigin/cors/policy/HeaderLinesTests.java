package dev.crossorigin.cors.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for headers sent on several lines (RFC 9110 section 5.3: one comma-separated
 * list, read whole): {@code Origin} and {@code Access-Control-Request-Method} name one
 * value, so on several lines they are a list that is neither an origin nor a method, and
 * nothing is granted on the strength of their first line.
 */
class HeaderLinesTests {

	private static final String APP = "https://app.example.com";

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT")
		.allowCredentials(true)
		.allowPrivateNetwork(true)
		.build();

	@Test
	void originOnOneLineIsAllowedAsUsual() {
		Outcome outcome = decide(new Request("GET").header("Origin", APP));
		assertThat(outcome.decision().type()).isEqualTo(Type.ACTUAL_ALLOWED);
		assertThat(outcome.headers()).containsEntry("Access-Control-Allow-Origin", APP);
	}

	@Test
	void allowedOriginFollowedByAnotherLineIsRefusedAsMalformed() {
		Outcome outcome = decide(new Request("GET").header("Origin", APP, "https://evil.example"));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.actualRejected(Reason.MALFORMED));
		assertThat(outcome.headers()).containsExactly(Map.entry("Vary", "Origin"));
	}

	@Test
	void allowedOriginSentTwiceIsRefusedAsMalformed() {
		Outcome outcome = decide(new Request("GET").header("Origin", APP, APP));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.actualRejected(Reason.MALFORMED));
	}

	@Test
	void preflightFromAnAllowedOriginOnTwoLinesIsRejected() {
		Outcome outcome = decide(new Request("OPTIONS").header("Origin", APP, "https://evil.example")
			.header("Access-Control-Request-Method", "PUT"));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.preflightRejected(Reason.MALFORMED));
		assertThat(outcome.headers()).doesNotContainKey("Access-Control-Allow-Origin");
	}

	@Test
	void refusedFirstLineIsRefusedWhateverFollows() {
		Outcome outcome = decide(new Request("GET").header("Origin", "https://evil.example", APP));
		assertThat(outcome.decision().type()).isEqualTo(Type.ACTUAL_REJECTED);
		assertThat(outcome.headers()).doesNotContainKey("Access-Control-Allow-Origin");
	}

	@Test
	void sameOriginFirstLineFollowedByAnotherIsACorsRequestAndRefused() {
		Request preflight = new Request("OPTIONS").header("Origin", "https://site.example", APP)
			.header("Access-Control-Request-Method", "PUT")
			.servedAt("https", "site.example", 443);
		Outcome outcome = decide(preflight);
		assertThat(outcome.decision()).isEqualTo(CorsDecision.preflightRejected(Reason.MALFORMED));
	}

	@Test
	void requestedMethodOnTwoLinesIsRejectedAsMalformed() {
		Outcome outcome = decide(
				new Request("OPTIONS").header("Origin", APP).header("Access-Control-Request-Method", "PUT", "GET"));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.preflightRejected(Reason.MALFORMED));
		assertThat(outcome.headers()).doesNotContainKey("Access-Control-Allow-Methods");
	}

	@ParameterizedTest(name = "{0} -> asked: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			true        | true
			TRUE        | true
			true,true   | false
			true,false  | false
			false,true  | false
			',true'     | false
			'true,'     | false
			false       | false
			""")
	void privateNetworkIsAskedOnlyByOneLineSayingTrue(String lines, boolean asked) {
		Outcome outcome = decide(new Request("OPTIONS").header("Origin", APP)
			.header("Access-Control-Request-Method", "PUT")
			.header("Access-Control-Request-Private-Network", lines.split(",", -1)));
		assertThat(outcome.decision().type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		if (asked) {
			assertThat(outcome.headers()).containsEntry("Access-Control-Allow-Private-Network", "true");
		}
		else {
			assertThat(outcome.headers()).doesNotContainKey("Access-Control-Allow-Private-Network");
		}
	}

	@Test
	void explanationNamesTheWholeOrigin() {
		String explanation = this.policy.explain(new Request("GET").header("Origin", APP, "https://evil.example"),
				Reader.INSTANCE);
		assertThat(explanation).contains(APP + ", https://evil.example");
	}

	private Outcome decide(Request request) {
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = this.policy.decide(request, Reader.INSTANCE, headers, HeaderMapWriter.INSTANCE);
		return new Outcome(decision, headers);
	}

	private record Outcome(CorsDecision decision, Map<String, String> headers) {
	}

	/** A request whose headers may have several lines each. */
	private static final class Request {

		private final String method;

		private final Map<String, List<String>> lines = new LinkedHashMap<>();

		private @Nullable String scheme;

		private @Nullable String host;

		private int port;

		Request(String method) {
			this.method = method;
		}

		Request header(String name, String... lines) {
			this.lines.put(name, List.of(lines));
			return this;
		}

		Request servedAt(String scheme, String host, int port) {
			this.scheme = scheme;
			this.host = host;
			this.port = port;
			return this;
		}

	}

	private enum Reader implements CorsRequestReader<Request> {

		INSTANCE;

		@Override
		public String method(Request request) {
			return request.method;
		}

		@Override
		public PathContainer path(Request request) {
			return PathContainer.parsePath("/api/things");
		}

		@Override
		public @Nullable String header(Request request, String name) {
			List<String> lines = request.lines.get(name);
			return (lines != null) ? lines.get(0) : null;
		}

		@Override
		public @Nullable String headerList(Request request, String name) {
			List<String> lines = request.lines.get(name);
			return (lines != null) ? CorsRequestReader.joinLines(lines.iterator()) : null;
		}

		@Override
		public @Nullable String scheme(Request request) {
			return request.scheme;
		}

		@Override
		public @Nullable String host(Request request) {
			return request.host;
		}

		@Override
		public int port(Request request) {
			return request.port;
		}

	}

}
