package dev.crossorigin.cors.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the same-origin rule of {@link CorsPolicy#decide}: a request whose
 * {@code Origin} is the request's own origin is not a CORS request, whether the policy
 * lists that origin or not.
 */
class CorsPolicySameOriginTests {

	private static final String FRONTEND = "https://frontend.example.com";

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins(FRONTEND)
		.allowedMethods("GET", "POST", "PUT")
		.allowCredentials(true)
		.build();

	@Test
	void sameOriginPreflightIsNotAnsweredWhenTheOriginIsNotListed() {
		Outcome outcome = decide(Request.preflight("https://app.example.com", "https", "app.example.com", 443));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.NOT_CORS);
		assertThat(outcome.decision().isPreflight()).isFalse();
		assertThat(outcome.headers()).containsExactly(Map.entry("Vary", "Origin"));
	}

	@Test
	void sameOriginActualRequestPassesWithoutCorsHeaders() {
		Outcome outcome = decide(Request.actual("https://app.example.com", "https", "app.example.com", 443));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.NOT_CORS);
		assertThat(outcome.headers()).containsExactly(Map.entry("Vary", "Origin"));
	}

	@Test
	void defaultPortIsTheSameWhetherTheRequestNamesItOrNot() {
		assertThat(decide(Request.preflight("https://app.example.com", "https", "app.example.com", -1)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(decide(Request.preflight("http://app.example.com", "http", "app.example.com", 80)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
	}

	@Test
	void explicitPortsMustBeEqual() {
		assertThat(decide(Request.preflight("http://localhost:8080", "http", "localhost", 8080)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(decide(Request.preflight("http://localhost:8080", "http", "localhost", 8081)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(decide(Request.preflight("https://app.example.com:8443", "https", "app.example.com", 443)).decision()
			.type()).isEqualTo(Type.PREFLIGHT_REJECTED);
	}

	@Test
	void portNamedOnOneSideOnlyIsTheSameWhenItIsTheSchemesDefault() {
		assertThat(decide(Request.preflight("http://app.example.com:80", "http", "app.example.com", -1)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(decide(Request.preflight("https://app.example.com:8443", "https", "app.example.com", -1)).decision()
			.type()).isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(decide(Request.preflight("https://app.example.com", "https", "app.example.com", 8443)).decision()
			.type()).isEqualTo(Type.PREFLIGHT_REJECTED);
	}

	@Test
	void schemeWithoutDefaultPortIsTheSameOnlyWithoutPortOrWithTheSamePort() {
		assertThat(decide(Request.preflight("chrome-extension://abc", "chrome-extension", "abc", -1)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(decide(Request.preflight("chrome-extension://abc:443", "chrome-extension", "abc", 443)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(
				decide(Request.preflight("chrome-extension://abc", "chrome-extension", "abc", 443)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
	}

	@Test
	void effectivePortIsTheNamedPortOrTheSchemesDefault() {
		assertThat(CorsRequestReader.effectivePort("http", -1)).isEqualTo(80);
		assertThat(CorsRequestReader.effectivePort("https", -1)).isEqualTo(443);
		assertThat(CorsRequestReader.effectivePort("HTTPS", -1)).isEqualTo(443);
		assertThat(CorsRequestReader.effectivePort("https", 8443)).isEqualTo(8443);
		assertThat(CorsRequestReader.effectivePort("http", 443)).isEqualTo(443);
	}

	@Test
	void effectivePortOfASchemeWithoutDefaultIsOneNoOriginNames() {
		assertThat(CorsRequestReader.effectivePort("chrome-extension", -1)).isZero();
		assertThat(CorsRequestReader.effectivePort(null, -1)).isZero();
		assertThat(OriginSyntax.isOrigin("http://localhost:0")).isFalse();
	}

	@Test
	void readerThatKnowsNoSchemeHasNoEffectivePortAnOriginNames() {
		assertThat(CorsRequest.READER.scheme(CorsRequest.of("GET", "/"))).isNull();
		assertThat(CorsRequest.READER.port(CorsRequest.of("GET", "/"))).isZero();
	}

	@Test
	void sameOriginRequestIsExplainedAsComingFromTheServersOwnOrigin() {
		assertThat(this.policy.explain(Request.actual("https://app.example.com", "https", "app.example.com", 443),
				new CountingReader()))
			.isEqualTo(
					"CORS: 'POST' '/api/things' comes from the server's own origin 'https://app.example.com'; not a CORS "
							+ "request");
	}

	@Test
	void otherSchemeIsAnotherOrigin() {
		Outcome outcome = decide(Request.preflight("http://app.example.com", "https", "app.example.com", 443));
		assertThat(outcome.decision().type()).isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(outcome.headers()).doesNotContainKey("Access-Control-Allow-Origin");
	}

	@Test
	void otherHostIsAnotherOrigin() {
		assertThat(decide(Request.preflight("https://evil.example", "https", "app.example.com", 443)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(
				decide(Request.preflight("https://app.example.co", "https", "app.example.com", 443)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(decide(Request.actual("https://app.example.com.evil.example", "https", "app.example.com", 443))
			.decision()
			.type()).isEqualTo(Type.ACTUAL_REJECTED);
	}

	@Test
	void requestHostIsComparedCaseInsensitively() {
		assertThat(decide(Request.preflight("https://app.example.com", "HTTPS", "App.Example.COM", 443)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
	}

	@Test
	void ipv6HostMatchesWithOrWithoutBrackets() {
		assertThat(decide(Request.preflight("http://[::1]:8080", "http", "[::1]", 8080)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
		assertThat(decide(Request.preflight("http://[::1]:8080", "http", "::1", 8080)).decision())
			.isEqualTo(CorsDecision.NOT_CORS);
	}

	@Test
	void malformedOrOpaqueOriginIsNeverSameOrigin() {
		assertThat(decide(Request.preflight("null", "https", "app.example.com", 443)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(
				decide(Request.preflight("https://APP.example.com", "https", "app.example.com", 443)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		assertThat(decide(Request.preflight("https://app.example.com/", "https", "app.example.com", 443)).decision()
			.type()).isEqualTo(Type.PREFLIGHT_REJECTED);
	}

	@Test
	void malformedOriginThatNamesTheRequestsSchemeHostAndPortIsNeverSameOrigin() {
		// The scheme, host and port are compared before the value is checked as a whole:
		// each of these passes some comparisons and must still be refused as malformed.
		for (String origin : List.of("https://app.example.com:0443", "https://app.example.com:44x3",
				"https://app.example.com:443/", "HTTPS://app.example.com", "https://app..example.com",
				"https://[app.example.com", "https://", "https:/app.example.com", "https://app.example.com:")) {
			CorsDecision decision = decide(Request.preflight(origin, "https", "app.example.com", 443)).decision();
			assertThat(decision.type()).as(origin).isEqualTo(Type.PREFLIGHT_REJECTED);
			assertThat(decision.reason()).as(origin).isEqualTo(CorsDecision.Reason.MALFORMED);
		}
	}

	@Test
	void unknownRequestOriginIsNeverSameOrigin() {
		assertThat(decide(Request.preflight("https://app.example.com", null, null, -1)).decision().type())
			.isEqualTo(Type.PREFLIGHT_REJECTED);
		CorsResult plain = this.policy.evaluate(CorsRequest.preflight("/", "https://app.example.com", "GET", null));
		assertThat(plain.decision().type()).isEqualTo(Type.PREFLIGHT_REJECTED);
	}

	@Test
	void allowedOriginThatIsAlsoTheRequestsOwnIsNotCorsEither() {
		Outcome outcome = decide(Request.actual(FRONTEND, "https", "frontend.example.com", 443));
		assertThat(outcome.decision()).isEqualTo(CorsDecision.NOT_CORS);
		assertThat(outcome.headers()).containsExactly(Map.entry("Vary", "Origin"));
	}

	@Test
	void sameOriginPreflightForAMethodThePolicyRefusesIsLeftToTheApplication() {
		Request preflight = new Request("OPTIONS", FRONTEND, "PATCH", "https", "frontend.example.com", 443);
		Outcome outcome = decide(preflight);
		assertThat(outcome.decision()).isEqualTo(CorsDecision.NOT_CORS);
		assertThat(outcome.decision().isPreflight()).isFalse();
	}

	@Test
	void everyRequestWithAnOriginIsComparedWithTheRequestsOwn() {
		CountingReader reader = new CountingReader();
		this.policy.decide(Request.actual(FRONTEND, "https", "elsewhere.example.com", 443), reader,
				new LinkedHashMap<>(), HeaderMapWriter.INSTANCE);
		assertThat(reader.originReads).isEqualTo(3);
	}

	private Outcome decide(Request request) {
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = this.policy.decide(request, new CountingReader(), headers, HeaderMapWriter.INSTANCE);
		return new Outcome(decision, headers);
	}

	private record Outcome(CorsDecision decision, Map<String, String> headers) {
	}

	/**
	 * A request; {@code port} is the port its {@code Host} names, or -1 when it names
	 * none.
	 */
	private record Request(String method, String origin, @Nullable String requestMethod, @Nullable String scheme,
			@Nullable String host, int port) {

		static Request preflight(String origin, @Nullable String scheme, @Nullable String host, int port) {
			return new Request("OPTIONS", origin, "PUT", scheme, host, port);
		}

		static Request actual(String origin, @Nullable String scheme, @Nullable String host, int port) {
			return new Request("POST", origin, null, scheme, host, port);
		}

	}

	private static final class CountingReader implements CorsRequestReader<Request> {

		int originReads;

		@Override
		public String method(Request request) {
			return request.method();
		}

		@Override
		public PathContainer path(Request request) {
			return PathContainer.parsePath("/api/things");
		}

		@Override
		public @Nullable String header(Request request, String name) {
			return switch (name) {
				case CorsHeaders.ORIGIN -> request.origin();
				case CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD -> request.requestMethod();
				default -> null;
			};
		}

		@Override
		public @Nullable String headerList(Request request, String name) {
			return header(request, name);
		}

		@Override
		public @Nullable String scheme(Request request) {
			this.originReads++;
			return request.scheme();
		}

		@Override
		public @Nullable String host(Request request) {
			this.originReads++;
			return request.host();
		}

		// Reads the port as the reactive adapter does: the port the request names, -1
		// when none, turned into the effective port.
		@Override
		public int port(Request request) {
			this.originReads++;
			return CorsRequestReader.effectivePort(request.scheme(), request.port());
		}

	}

}
