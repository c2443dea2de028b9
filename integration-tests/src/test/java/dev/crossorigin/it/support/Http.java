package dev.crossorigin.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends requests to the server under test over a real socket with the JDK's HTTP/1.1
 * client, so tests see exactly what a browser would receive.
 */
public final class Http {

	/** The front-end origin the integration tests' policy allows, with credentials. */
	public static final String APP = "https://app.example.com";

	/** An origin the policy does not allow. */
	public static final String EVIL = "https://evil.example";

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/**
	 * Sends a request without a body.
	 * @param method the method
	 * @param path the path and query
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, String... headers) {
		return sendJson(method, path, null, headers);
	}

	/**
	 * Sends a request with a JSON body.
	 * @param method the method
	 * @param path the path and query
	 * @param body a JSON body, or {@code null}
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> sendJson(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A {@code GET} with the given headers. */
	public HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, headers);
	}

	/**
	 * A preflight, as a browser sends it.
	 * @param path the path
	 * @param origin the {@code Origin}
	 * @param method the {@code Access-Control-Request-Method}
	 * @param requestHeaders the {@code Access-Control-Request-Headers}, or {@code null}
	 * @param headers more header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> preflight(String path, String origin, String method, String requestHeaders,
			String... headers) {
		String[] all = new String[headers.length + ((requestHeaders != null) ? 6 : 4)];
		all[0] = "Origin";
		all[1] = origin;
		all[2] = "Access-Control-Request-Method";
		all[3] = method;
		if (requestHeaders != null) {
			all[4] = "Access-Control-Request-Headers";
			all[5] = requestHeaders;
		}
		System.arraycopy(headers, 0, all, all.length - headers.length, headers.length);
		return send("OPTIONS", path, all);
	}

	/** The value of an {@code Authorization} header for HTTP Basic. */
	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
