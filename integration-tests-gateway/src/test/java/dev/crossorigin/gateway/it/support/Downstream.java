package dev.crossorigin.gateway.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The service behind the gateway: a real HTTP server on the loopback address that answers
 * CORS itself, as a service that predates the gateway does, and remembers what reached
 * it. Its answers differ from the gateway's policy in every CORS header and in
 * {@code Vary}, so a test can tell whose header the client got.
 */
public final class Downstream implements AutoCloseable {

	/** The response header naming who answered. */
	public static final String ANSWERED_BY = "X-Answered-By";

	/** The request header tests mark their requests with, to find them here. */
	public static final String TRACE = "X-Trace";

	private final HttpServer server;

	private final Queue<Received> received = new ConcurrentLinkedQueue<>();

	private Downstream(HttpServer server) {
		this.server = server;
		server.createContext("/", this::answer);
		server.start();
	}

	/** Starts the service on a free port of the loopback address. */
	public static Downstream start() {
		try {
			return new Downstream(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port the service listens on. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The request that reached the service with this trace, if one did.
	 * @param trace the {@link #TRACE} value
	 * @return the request, or {@code null}
	 */
	public Received received(String trace) {
		return this.received.stream().filter((request) -> trace.equals(request.header(TRACE))).findFirst().orElse(null);
	}

	private void answer(HttpExchange exchange) throws IOException {
		Headers request = exchange.getRequestHeaders();
		this.received
			.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(request)));
		Headers response = exchange.getResponseHeaders();
		response.add(ANSWERED_BY, "downstream");
		String origin = request.getFirst("Origin");
		response.add("Access-Control-Allow-Origin", (origin != null) ? origin : "*");
		response.add("Access-Control-Allow-Credentials", "true");
		if ("OPTIONS".equals(exchange.getRequestMethod())
				&& request.getFirst("Access-Control-Request-Method") != null) {
			response.add("Access-Control-Allow-Methods", "GET, PATCH");
			response.add("Access-Control-Max-Age", "5");
			response.add("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
			return;
		}
		response.add("Access-Control-Expose-Headers", "X-Downstream");
		// Two lines, as many servers send them: the gateway must read both.
		response.add("Vary", "Origin");
		response.add("Vary", "Accept-Encoding");
		response.add("X-Request-Id", "42");
		response.add("Content-Type", "application/json");
		byte[] body = ("{\"served\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A request the service received.
	 *
	 * @param method the method
	 * @param path the path
	 * @param headers the headers, by name as the JDK's server normalises it
	 */
	public record Received(String method, String path, Map<String, List<String>> headers) {

		/** The first value of a header, or {@code null}. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
