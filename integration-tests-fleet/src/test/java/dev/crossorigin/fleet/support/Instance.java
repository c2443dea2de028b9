package dev.crossorigin.fleet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running application of the fleet, or its config server, reached over a real socket on
 * the loopback address.
 */
public final class Instance implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String name;

	private final ConfigurableApplicationContext context;

	private final int port;

	Instance(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
		this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** What the instance is, for assertion messages: {@code servlet}, say. */
	public String name() {
		return this.name;
	}

	/** The port it listens on. */
	public int port() {
		return this.port;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * The simple name of the class of the embedded web server, {@code TomcatWebServer} or
	 * {@code NettyWebServer}. Read reflectively: the web server application contexts live
	 * in different packages in Spring Boot 3.5 and 4, and this module compiles against
	 * both.
	 */
	public String webServer() {
		try {
			Object server = this.context.getClass().getMethod("getWebServer").invoke(this.context);
			return server.getClass().getSimpleName();
		}
		catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(this.name + " has no embedded web server", ex);
		}
	}

	/**
	 * A preflight as a browser sends it before a cross-origin {@code PUT}.
	 * @param origin the {@code Origin}
	 * @return the response
	 */
	public HttpResponse<String> preflight(String origin) {
		return send("OPTIONS", "/api/hello", "Origin", origin, "Access-Control-Request-Method", "PUT");
	}

	/**
	 * A cross-origin {@code GET}.
	 * @param origin the {@code Origin}
	 * @return the response
	 */
	public HttpResponse<String> get(String origin) {
		return send("GET", "/api/hello", "Origin", origin);
	}

	/**
	 * Reads a value from the JSON an Actuator endpoint answers.
	 * @param <T> the value's type
	 * @param path the endpoint's path, such as {@code /actuator/cors}
	 * @param jsonPath the value's JSON path
	 * @return the value
	 */
	public <T> T read(String path, String jsonPath) {
		HttpResponse<String> response = send("GET", path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(this.name + ": GET " + path + " answered " + response.statusCode());
		}
		return JsonPath.read(response.body(), jsonPath);
	}

	/**
	 * How many policy updates of an outcome the {@code cors.policy.updates} counter has
	 * counted, as the {@code metrics} endpoint reports it.
	 * @param outcome {@code applied}, {@code refused} or {@code skipped}
	 * @return the count
	 */
	public double policyUpdates(String outcome) {
		Number count = read("/actuator/metrics/cors.policy.updates?tag=outcome:" + outcome, "$.measurements[0].value");
		return count.doubleValue();
	}

	/**
	 * Sends a request without a body.
	 * @param method the method
	 * @param path the path
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
