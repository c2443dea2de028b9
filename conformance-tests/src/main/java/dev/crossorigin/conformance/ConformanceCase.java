package dev.crossorigin.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the conformance table: a request and the exact CORS response it must get.
 *
 * @param name what the row shows
 * @param method the request method
 * @param path the request path
 * @param requestHeaders request headers, each name with its lines in the order sent
 * @param status the expected status, or {@code null} when the application, not CORS,
 * decides it
 * @param corsHeaders every {@code Access-Control-*} header the response must carry, with
 * its exact value; any other {@code Access-Control-*} header fails the row
 * @param vary names {@code Vary} must contain
 */
public record ConformanceCase(String name, String method, String path, Map<String, List<String>> requestHeaders,
		Integer status, Map<String, String> corsHeaders, Set<String> vary) {

	@Override
	public String toString() {
		return this.name;
	}

	static Builder request(String name, String method, String path) {
		return new Builder(name, method, path);
	}

	/**
	 * Stands for the server's own origin in a request header: the runner sends its base
	 * URL instead, so that a row can make a same-origin request.
	 */
	public static final String SERVER_ORIGIN = "{server}";

	static final class Builder {

		private final String name;

		private final String method;

		private final String path;

		private final Map<String, List<String>> requestHeaders = new LinkedHashMap<>();

		Builder(String name, String method, String path) {
			this.name = name;
			this.method = method;
			this.path = path;
		}

		Builder origin(String origin) {
			return header("Origin", origin);
		}

		Builder preflight(String origin, String method, String headers) {
			header("Origin", origin).header("Access-Control-Request-Method", method);
			return (headers != null) ? header("Access-Control-Request-Headers", headers) : this;
		}

		Builder header(String name, String value) {
			this.requestHeaders.put(name, List.of(value));
			return this;
		}

		/** Sends a header as several lines, one per value. */
		Builder headerLines(String name, String... lines) {
			this.requestHeaders.put(name, List.of(lines));
			return this;
		}

		Expect expect(Integer status) {
			return new Expect(this, status);
		}

	}

	static final class Expect {

		private final Builder request;

		private final Integer status;

		private final Map<String, String> corsHeaders = new LinkedHashMap<>();

		private Set<String> vary = Set.of();

		Expect(Builder request, Integer status) {
			this.request = request;
			this.status = status;
		}

		Expect header(String name, String value) {
			this.corsHeaders.put(name, value);
			return this;
		}

		Expect vary(String... names) {
			this.vary = Set.of(names);
			return this;
		}

		ConformanceCase done() {
			return new ConformanceCase(this.request.name, this.request.method, this.request.path,
					Map.copyOf(this.request.requestHeaders), this.status, Map.copyOf(this.corsHeaders), this.vary);
		}

	}

	static List<String> preflightVary() {
		return List.of("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers");
	}

	/** What a preflight varies on where the mapping answers Private Network Access. */
	static List<String> privateNetworkPreflightVary() {
		return List.of("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers",
				"Access-Control-Request-Private-Network");
	}

}
