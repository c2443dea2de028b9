package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately simple model of the CORS rules, written from the README and
 * {@code docs/validation.md} rather than from the engine: regular expressions,
 * {@code split} and linear scans, none of the engine's indexes, hashing or
 * allocation-free parsing. Fuzz targets and properties check that the engine agrees with
 * it.
 */
final class ReferenceModel {

	/** RFC 9110 token: methods and header names. */
	static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	/**
	 * A serialised origin as a browser sends it: lowercase scheme, host (or IPv6
	 * literal), optional port.
	 */
	private static final Pattern ORIGIN = Pattern
		.compile("([a-z][a-z0-9+.-]*)://(\\[[0-9a-f:.]+\\]|[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*)(?::([1-9][0-9]{0,4}))?");

	/**
	 * A configured origin pattern: a known scheme, an optional leading {@code *.}, an
	 * optional port or any port.
	 */
	private static final Pattern ORIGIN_PATTERN = Pattern
		.compile("(http|https|chrome-extension|moz-extension|safari-web-extension)://(\\*\\.)?"
				+ "(\\[[0-9a-f:.]+\\]|[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*)(?::([1-9][0-9]{0,4}|\\[\\*\\]))?");

	static final Set<String> KNOWN_SCHEMES = Set.of("http", "https", "chrome-extension", "moz-extension",
			"safari-web-extension");

	static final int MAX_ORIGIN_LENGTH = 1024;

	static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

	static final int MAX_REQUEST_HEADERS_COUNT = 64;

	private ReferenceModel() {
	}

	/** A request origin taken apart. */
	record Origin(String scheme, String host, @Nullable String port) {
	}

	/** The parts of a serialised origin, or {@code null} when the value is not one. */
	static @Nullable Origin parseOrigin(String value) {
		if (value.length() > MAX_ORIGIN_LENGTH) {
			return null;
		}
		Matcher matcher = ORIGIN.matcher(value);
		if (!matcher.matches() || (matcher.group(3) != null && Integer.parseInt(matcher.group(3)) > 65535)) {
			return null;
		}
		return new Origin(matcher.group(1), matcher.group(2), matcher.group(3));
	}

	/**
	 * Whether a configured origin is valid: a serialised origin of a known scheme,
	 * without its default port.
	 */
	static boolean isValidOrigin(String value) {
		Origin origin = parseOrigin(value);
		return origin != null && KNOWN_SCHEMES.contains(origin.scheme())
				&& !isDefaultPort(origin.scheme(), origin.port());
	}

	/** Whether a configured origin pattern is valid. */
	static boolean isValidPattern(String value) {
		Matcher matcher = ORIGIN_PATTERN.matcher(value);
		if (!matcher.matches()) {
			return false;
		}
		String scheme = matcher.group(1);
		boolean wildcard = matcher.group(2) != null;
		String host = matcher.group(3);
		String port = matcher.group(4);
		if (wildcard && (host.startsWith("[") || !host.contains("."))) {
			return false;
		}
		if (port != null && !port.equals("[*]") && (Integer.parseInt(port) > 65535 || isDefaultPort(scheme, port))) {
			return false;
		}
		return true;
	}

	/** Whether a valid pattern matches a request origin. */
	static boolean patternMatches(String pattern, String origin) {
		Origin request = parseOrigin(origin);
		Matcher matcher = ORIGIN_PATTERN.matcher(pattern);
		if (request == null || !matcher.matches()) {
			return false;
		}
		String port = matcher.group(4);
		boolean portMatches = (port == null) ? request.port() == null
				: port.equals("[*]") || port.equals(request.port());
		String host = matcher.group(3);
		boolean hostMatches = (matcher.group(2) != null) ? request.host().endsWith("." + host)
				: request.host().equals(host);
		return matcher.group(1).equals(request.scheme()) && portMatches && hostMatches;
	}

	/** Whether a mapping allows an origin. */
	static boolean allowsOrigin(CorsMapping mapping, String origin) {
		return mapping.allowedOrigins().contains("*") || mapping.allowedOrigins().contains(origin)
				|| mapping.allowedOriginPatterns().stream().anyMatch((pattern) -> patternMatches(pattern, origin));
	}

	/**
	 * The names in an {@code Access-Control-Request-Headers} value: comma-separated
	 * tokens with optional spaces and tabs around each; a value of only spaces and tabs
	 * names none.
	 * @return the names, or {@code null} when the value is malformed or past the caps
	 */
	static @Nullable List<String> requestHeaderNames(String value) {
		if (value.length() > MAX_REQUEST_HEADERS_LENGTH) {
			return null;
		}
		if (trimOws(value).isEmpty()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String element : value.split(",", -1)) {
			String name = trimOws(element);
			if (!TOKEN.matcher(name).matches()) {
				return null;
			}
			names.add(name);
		}
		return (names.size() <= MAX_REQUEST_HEADERS_COUNT) ? names : null;
	}

	/**
	 * Strips spaces and horizontal tabs, the optional white space of HTTP lists, from
	 * both ends.
	 */
	static String trimOws(String value) {
		int from = 0;
		int to = value.length();
		while (from < to && (value.charAt(from) == ' ' || value.charAt(from) == '\t')) {
			from++;
		}
		while (to > from && (value.charAt(to - 1) == ' ' || value.charAt(to - 1) == '\t')) {
			to--;
		}
		return value.substring(from, to);
	}

	/**
	 * What the engine should decide for a request handled by a mapping.
	 * @param mapping the enabled mapping covering the request's path, or {@code null} for
	 * none
	 * @param request the request
	 * @return the kind of decision
	 */
	static Type decide(@Nullable CorsMapping mapping, CorsRequest request) {
		if (mapping == null) {
			return Type.NOT_COVERED;
		}
		String origin = request.origin();
		if (origin == null) {
			return Type.NOT_CORS;
		}
		if (request.method().equals("OPTIONS") && request.requestMethod() != null) {
			return acceptsPreflight(mapping, origin, request) ? Type.PREFLIGHT_ACCEPTED : Type.PREFLIGHT_REJECTED;
		}
		return allowsOrigin(mapping, origin) ? Type.ACTUAL_ALLOWED : Type.ACTUAL_REJECTED;
	}

	private static boolean acceptsPreflight(CorsMapping mapping, String origin, CorsRequest request) {
		String method = request.requestMethod();
		if (!allowsOrigin(mapping, origin) || method == null || !TOKEN.matcher(method).matches()) {
			return false;
		}
		if (!mapping.allowedMethods().contains("*") && !mapping.allowedMethods().contains(method)) {
			return false;
		}
		if (request.requestHeaders() != null) {
			List<String> names = requestHeaderNames(request.requestHeaders());
			if (names == null || !names.stream().allMatch((name) -> allowsHeader(mapping, name))) {
				return false;
			}
		}
		return !(isTrue(request.requestPrivateNetwork()) && !mapping.allowPrivateNetwork());
	}

	private static boolean allowsHeader(CorsMapping mapping, String name) {
		return mapping.allowedHeaders().contains("*")
				|| mapping.allowedHeaders().stream().anyMatch((allowed) -> allowed.equalsIgnoreCase(name));
	}

	static boolean isTrue(@Nullable String value) {
		return "true".equalsIgnoreCase(value);
	}

	private static boolean isDefaultPort(String scheme, @Nullable String port) {
		return ("https".equals(scheme) && "443".equals(port)) || ("http".equals(scheme) && "80".equals(port));
	}

}
