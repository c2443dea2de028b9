package dev.crossorigin.gateway.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The browser's side: requests to the gateway over a real socket with the JDK's HTTP/1.1
 * client, which keeps every header line as the gateway wrote it, so that a duplicated
 * header shows as two values.
 */
public final class Client {

	/** The front-end origin the gateway's policy allows, with credentials. */
	public static final String APP = "https://app.example.com";

	/** An origin the gateway's policy refuses (and the service would allow). */
	public static final String EVIL = "https://evil.example";

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public Client(int port) {
		this.port = port;
	}

	/** A fresh {@link Downstream#TRACE} value. */
	public static String trace() {
		return UUID.randomUUID().toString();
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

	/**
	 * A preflight as a browser sends it, marked with a trace.
	 * @param path the path
	 * @param origin the {@code Origin}
	 * @param method the {@code Access-Control-Request-Method}
	 * @param trace the {@link Downstream#TRACE} value
	 * @return the response
	 */
	public HttpResponse<String> preflight(String path, String origin, String method, String trace) {
		return send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method,
				"Access-Control-Request-Headers", "content-type", Downstream.TRACE, trace);
	}

	/** The value of an {@code Authorization} header for HTTP Basic. */
	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Every {@code Access-Control-*} header line of a response, as {@code name: value}
	 * with the name in lower case, sorted: a header sent twice appears twice.
	 */
	public static List<String> corsLines(HttpResponse<?> response) {
		return response.headers()
			.map()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().toLowerCase(Locale.ROOT).startsWith("access-control-"))
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((value) -> entry.getKey().toLowerCase(Locale.ROOT) + ": " + value))
			.sorted()
			.toList();
	}

	/** The names every {@code Vary} line of a response lists, in order. */
	public static List<String> varyNames(HttpResponse<?> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((line) -> Arrays.stream(line.split(",")))
			.map(String::trim)
			.toList();
	}

}
