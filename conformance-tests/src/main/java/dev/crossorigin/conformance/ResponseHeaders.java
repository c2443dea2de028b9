package dev.crossorigin.conformance;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the tests read the CORS side of a response the JDK's HTTP client received, the same
 * way in every module.
 */
public final class ResponseHeaders {

	private ResponseHeaders() {
	}

	/**
	 * The {@code Access-Control-*} headers, by lowercase name, each with every value it
	 * was sent with.
	 */
	public static Map<String, List<String>> cors(HttpHeaders headers) {
		Map<String, List<String>> cors = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("access-control-")) {
				cors.computeIfAbsent(lower, (key) -> new ArrayList<>()).addAll(values);
			}
		});
		return cors;
	}

	/** The names {@code Vary} lists, over all its lines, as sent. */
	public static List<String> varyNames(HttpHeaders headers) {
		return headers.allValues("Vary")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

}
