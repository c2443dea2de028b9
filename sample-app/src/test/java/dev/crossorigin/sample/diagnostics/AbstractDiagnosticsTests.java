package dev.crossorigin.sample.diagnostics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejection diagnostics on a real server: the DEBUG line, the {@code cors.debug} body,
 * the {@code cors.requests} counters and the {@code cors} Actuator endpoint. Subclasses
 * choose the stack.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractDiagnosticsTests {

	private static final String APP = "https://app.example.com";

	private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	abstract String stack();

	@Test
	void rejectedPreflightBodySaysWhichMethodWasRefusedAndWhatIsAllowed() throws Exception {
		HttpResponse<String> response = preflight(APP, "PATCH", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/plain;charset=UTF-8"));
		assertThat(response.body()).contains("method 'PATCH' is not allowed")
			.contains("allowed methods: GET, POST, PUT, DELETE");
		assertThat(response.headers().map().keySet())
			.noneMatch((name) -> name.toLowerCase().startsWith("access-control-allow"));
	}

	@Test
	void rejectedPreflightBodyNamesTheRefusedHeader() throws Exception {
		HttpResponse<String> response = preflight(APP, "POST", "content-type,x-secret");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("request header(s) 'x-secret' not allowed")
			.contains("allowed headers: Content-Type, Authorization, X-Request-Id");
	}

	@Test
	void rejectedPreflightBodyNamesTheOriginAndTheAllowedOnes() throws Exception {
		HttpResponse<String> response = preflight("https://evil.example", "GET", null);
		assertThat(response.body()).contains("origin 'https://evil.example' is not allowed")
			.contains("allowed origins: https://app.example.com, http://localhost:3000")
			.contains("allowed origin patterns: https://*.preview.example.com, http://127.0.0.1:[*]");
	}

	@Test
	void malformedRequestHeadersAreNamedAsMalformed() throws Exception {
		HttpResponse<String> response = preflight(APP, "POST", "content-type,,x");
		assertThat(response.body()).contains("Access-Control-Request-Headers 'content-type,,x' is malformed");
	}

	@Test
	void acceptedPreflightHasNoBody() throws Exception {
		HttpResponse<String> response = preflight(APP, "POST", "content-type");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void rejectionsAreLoggedAtDebugOnOneLine(CapturedOutput output) throws Exception {
		preflight(APP, "PATCH", null);
		send(HttpRequest.newBuilder(uri("/api/greeting")).header("Origin", "https://evil.example").GET());
		assertThat(output.getOut()
			.lines()
			.filter((line) -> line.contains("DEBUG") && line.contains(
					"CORS preflight rejected: 'OPTIONS' '/api/greeting' from origin 'https://app.example.com': method 'PATCH'")))
			.hasSize(1);
		assertThat(output.getOut()
			.lines()
			.filter((line) -> line.contains("DEBUG") && line.contains("CORS request from a disallowed origin")
					&& line.contains("origin 'https://evil.example' is not allowed")))
			.hasSize(1);
	}

	@Test
	void decisionsAreCountedByTypeOutcomeAndReasonWithoutTheOrigin() throws Exception {
		double rejectedMethod = count("preflight", "rejected", "method");
		double allowedActual = count("actual", "allowed", "none");
		double rejectedOrigin = count("actual", "rejected", "origin");
		preflight(APP, "PATCH", null);
		send(HttpRequest.newBuilder(uri("/api/greeting")).header("Origin", APP).GET());
		send(HttpRequest.newBuilder(uri("/api/greeting")).header("Origin", "https://evil.example").GET());
		assertThat(count("preflight", "rejected", "method")).isEqualTo(rejectedMethod + 1);
		assertThat(count("actual", "allowed", "none")).isEqualTo(allowedActual + 1);
		assertThat(count("actual", "rejected", "origin")).isEqualTo(rejectedOrigin + 1);
		assertThat(this.registry.find("cors.requests").meters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTags()).extracting((tag) -> tag.getKey())
				.containsExactlyInAnyOrder("type", "outcome", "reason", "source"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void actuatorEndpointListsMappingsInOrderWithFilterOrderAndStack() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/cors")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(response.body());
		assertThat(body).containsEntry("stack", stack()).containsEntry("filterOrder", -110);
		List<Map<String, Object>> mappings = (List<Map<String, Object>>) body.get("mappings");
		assertThat(mappings).extracting((mapping) -> mapping.get("name"))
			.containsExactly("mappings[0]", "mappings[1]", "mappings[2]", "top-level");
		assertThat(mappings.get(0)).containsEntry("paths", List.of("/public/**"))
			.containsEntry("allowedOrigins", List.of("*"))
			.containsEntry("allowCredentials", false)
			.containsEntry("maxAgeSeconds", 3600);
		assertThat(mappings.get(1)).containsEntry("enabled", false);
		assertThat(mappings.get(3)).containsEntry("allowCredentials", true)
			.containsEntry("allowedMethods", List.of("GET", "POST", "PUT", "DELETE"));
	}

	/**
	 * One counter's count. An allowed decision has a counter per source (configuration,
	 * snapshot, lookup), all registered up front; the origins here are configured ones.
	 */
	private double count(String type, String outcome, String reason) {
		String source = outcome.equals("allowed") ? "configuration" : "none";
		Counter counter = this.registry.find("cors.requests")
			.tag("type", type)
			.tag("outcome", outcome)
			.tag("reason", reason)
			.tag("source", source)
			.counter();
		assertThat(counter).as("cors.requests{%s,%s,%s,%s}", type, outcome, reason, source).isNotNull();
		return counter.count();
	}

	private HttpResponse<String> preflight(String origin, String method, String headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/greeting"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", method);
		if (headers != null) {
			request.header("Access-Control-Request-Headers", headers);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
