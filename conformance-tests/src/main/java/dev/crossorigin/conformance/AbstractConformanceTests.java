package dev.crossorigin.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the conformance table against a real server; subclasses choose the application,
 * the stack and the server with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = POLICY)}, or override
 * {@link #baseUrl()} to point at a server already running. Requests go over a real socket
 * with the JDK's HTTP client, so what is asserted is what a browser would receive.
 */
public abstract class AbstractConformanceTests {

	/**
	 * Loads the policy the table is written against instead of the application's own
	 * configuration.
	 */
	public static final String POLICY = "spring.config.location=classpath:/conformance/application.yml";

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	private int port;

	/**
	 * Where the server under test listens; by default the Spring Boot test's own server
	 * on its random port.
	 * @return the base URL, such as {@code http://127.0.0.1:8080}
	 */
	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Whether the server under test logs into this JVM, so that its deliberate failures
	 * ({@code GET /api/fail}) can be asserted; not for a server started elsewhere.
	 * @return {@code true} unless overridden
	 */
	protected boolean serverLogsHere() {
		return true;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.crossorigin.conformance.ConformanceCases#all")
	public void conforms(ConformanceCase row) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + row.path()))
			.timeout(Duration.ofSeconds(10))
			.method(row.method(), row.method().equals("POST") ? HttpRequest.BodyPublishers.ofString("{\"a\":1}")
					: HttpRequest.BodyPublishers.noBody());
		row.requestHeaders()
			.forEach((name, lines) -> lines
				.forEach((line) -> request.header(name, line.replace(ConformanceCase.SERVER_ORIGIN, baseUrl()))));
		int failures = serverLogsHere() ? DeliberateFailures.count() : 0;
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

		if (row.status() != null) {
			assertThat(response.statusCode()).as("status").isEqualTo(row.status());
		}
		if (serverLogsHere()) {
			assertThat(DeliberateFailures.since(failures)).as("deliberate failures logged")
				.hasSize((response.statusCode() == 500) ? 1 : 0);
		}
		Map<String, List<String>> expected = new TreeMap<>();
		row.corsHeaders().forEach((name, value) -> expected.put(name.toLowerCase(Locale.ROOT), List.of(value)));
		assertThat(ResponseHeaders.cors(response.headers())).as("Access-Control-* headers, each exactly once")
			.isEqualTo(expected);

		List<String> vary = ResponseHeaders.varyNames(response.headers());
		assertThat(vary).as("Vary names are not repeated").doesNotHaveDuplicates();
		assertThat(vary).as("Vary").containsAll(row.vary());
		assertThat(vary.stream().map((v) -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
			.as("Vary names are not repeated in another case")
			.hasSameSizeAs(vary);
	}

}
