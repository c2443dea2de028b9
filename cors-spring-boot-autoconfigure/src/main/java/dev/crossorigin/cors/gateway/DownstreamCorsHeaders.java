package dev.crossorigin.cors.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * How a routed service's response headers give way to the starter's on the paths the
 * starter answers: the service's {@code Access-Control-*} headers are dropped, and its
 * {@code Vary} keeps what the service's content varies on but not the CORS request
 * headers, which only the starter's answer varies on now.
 *
 * <p>
 * Uses only the {@link HttpHeaders} methods whose binary signatures Spring Framework 6.2
 * and 7 share, so that the jar built against one runs on the other.
 */
public final class DownstreamCorsHeaders {

	private static final String ACCESS_CONTROL = "access-control-";

	/**
	 * The request headers a service's CORS answer varies on. The gateway answers every
	 * preflight on these paths itself, and its own {@code Vary} says what its answer
	 * varies on.
	 */
	private static final Set<String> CORS_REQUEST_HEADERS = Set.of(CorsHeaders.ORIGIN.toLowerCase(Locale.ROOT),
			CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD.toLowerCase(Locale.ROOT),
			CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS.toLowerCase(Locale.ROOT),
			CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK.toLowerCase(Locale.ROOT));

	private DownstreamCorsHeaders() {
	}

	/**
	 * A copy of a service's response headers without its {@code Access-Control-*} headers
	 * and without {@code Vary}, which {@link #mergedVary} accounts for.
	 * @param downstream the service's response headers
	 * @return the headers to pass on
	 */
	public static HttpHeaders withoutCorsAndVary(HttpHeaders downstream) {
		HttpHeaders kept = new HttpHeaders();
		downstream.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.startsWith(ACCESS_CONTROL) && !lower.equals("vary")) {
				kept.addAll(name, values);
			}
		});
		return kept;
	}

	/**
	 * The one {@code Vary} value of the response the client gets: the starter's names
	 * first, then those of the service that are not CORS request headers, each once
	 * whatever its case; {@code *} alone when either lists it.
	 * @param ours the {@code Vary} lines the starter set on the gateway's response
	 * @param downstream the service's {@code Vary} lines
	 * @return the value, or {@code null} when the response varies on nothing
	 */
	public static @Nullable String mergedVary(List<String> ours, List<String> downstream) {
		Map<String, String> names = new LinkedHashMap<>();
		collect(ours, Set.of(), names);
		collect(downstream, CORS_REQUEST_HEADERS, names);
		if (names.containsKey("*")) {
			return "*";
		}
		return names.isEmpty() ? null : String.join(", ", names.values());
	}

	private static void collect(List<String> lines, Set<String> skipped, Map<String, String> names) {
		for (String line : lines) {
			for (String name : line.split(",")) {
				String trimmed = name.trim();
				String key = trimmed.toLowerCase(Locale.ROOT);
				if (!trimmed.isEmpty() && !skipped.contains(key)) {
					names.putIfAbsent(key, trimmed);
				}
			}
		}
	}

}
