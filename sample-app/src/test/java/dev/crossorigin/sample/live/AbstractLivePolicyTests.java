package dev.crossorigin.sample.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.crossorigin.conformance.LogEvents;
import dev.crossorigin.cors.autoconfigure.CorsPolicyUpdater;
import dev.crossorigin.sample.LoopbackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code live} profile, as the README's "Changing the policy at run time"
 * tells it: edit the extra policy file, {@code POST /actuator/refresh}, and the policy in
 * force changes without a restart, on a real server; an invalid edit is refused and the
 * old policy keeps serving. Subclasses choose the stack.
 */
abstract class AbstractLivePolicyTests {

	static final String LIVE = "https://live.example.com";

	private static final Path FILE = liveFile();

	@LocalServerPort
	private int port;

	/**
	 * Serves the sample on a free port chosen before it starts rather than a random one:
	 * the sample's policy allows its own {@code http://localhost:${server.port}}, which
	 * port 0 would make invalid. Spring calls this once for each stack's application, so
	 * each has its own port and both stay up in Spring's test context cache (closing one
	 * would reset the logging the other tests assert on).
	 */
	@DynamicPropertySource
	static void serveOnAFreePort(DynamicPropertyRegistry registry) {
		int port = LoopbackHttp.freePort();
		registry.add("server.port", () -> port);
		registry.add("server.address", () -> "127.0.0.1");
	}

	/**
	 * Where the live profile imports the extra policy file from. A system property, as a
	 * user would pass it: Spring Cloud's refresh rebuilds the configuration from the
	 * system properties and the command line, not from a test's own property sources.
	 */
	@BeforeAll
	static void pointTheLiveProfileAtTheFile() {
		System.setProperty("sample.live-policy-file", FILE.toString());
	}

	@AfterAll
	static void forgetLiveFile() {
		System.clearProperty("sample.live-policy-file");
	}

	private static Path liveFile() {
		try {
			return Files.createTempDirectory("cors-live").resolve("cors-live.yml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterEach
	void removeTheFile() throws IOException {
		Files.deleteIfExists(FILE);
	}

	@Test
	void editedPolicyFileIsPutInForceByARefreshAndAnInvalidEditIsRefused() throws Exception {
		assertThat(get("/public/policy?origin=" + LIVE).body()).contains("\"generation\":1")
			.contains("\"originAllowed\":false");
		assertThat(preflight(LIVE).statusCode()).isEqualTo(403);

		Files.writeString(FILE, "cors:\n  allowed-origins:\n    - " + LIVE + "\n");
		HttpResponse<String> refresh = post("/actuator/refresh");
		assertThat(refresh.statusCode()).isEqualTo(200);
		assertThat(refresh.body()).contains("cors.allowed-origins");
		HttpResponse<String> allowed = preflight(LIVE);
		assertThat(allowed.statusCode()).isEqualTo(204);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LIVE);
		assertThat(get("/actuator/cors").body()).contains("\"generation\":2")
			.contains("refresh of cors.allowed-origins");
		assertThat(get("/public/policy?origin=" + LIVE).body()).contains("\"originAllowed\":true");

		try (LogEvents log = LogEvents.of(CorsPolicyUpdater.class)) {
			Files.writeString(FILE, "cors:\n  allowed-origins:\n    - https://bad.example.com/\n");
			assertThat(post("/actuator/refresh").statusCode()).isEqualTo(200);
			assertThat(log.lines()).singleElement()
				.satisfies((line) -> assertThat(line).startsWith("ERROR CORS: the policy update from refresh of ")
					.contains("'https://bad.example.com/' ends with a slash"));
		}
		assertThat(preflight(LIVE).statusCode()).as("the old policy keeps serving").isEqualTo(204);
		assertThat(get("/actuator/cors").body()).contains("\"generation\":2")
			.contains("\"lastRefused\":{")
			.contains("ends with a slash");
	}

	private HttpResponse<String> preflight(String origin) {
		return send(request("/api/greeting").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "PUT"));
	}

	private HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private HttpResponse<String> post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return LoopbackHttp.send(request);
	}

}
