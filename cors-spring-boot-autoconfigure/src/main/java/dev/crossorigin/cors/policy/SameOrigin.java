package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * Whether an {@code Origin} is the request's own origin: the same scheme, host and port
 * as the request, as the server sees them once a trusted proxy's forwarded headers have
 * been applied. Browsers send {@code Origin} on same-origin requests too (every
 * {@code POST}, for one), and such a request is not a CORS request at all, as Spring's
 * {@code CorsUtils.isCorsRequest} also says.
 *
 * <p>
 * Comparison is done in place on the header value, allocating nothing; an origin that
 * names no port has its scheme's default one, as the request's effective port does (see
 * {@link CorsRequestReader#port}).
 */
final class SameOrigin {

	private SameOrigin() {
	}

	/**
	 * Compares an {@code Origin} value with the request's effective origin.
	 * @param origin the value of the {@code Origin} header
	 * @param scheme the request's scheme, or {@code null} when unknown
	 * @param host the request's host name or IP address (an IPv6 address with or without
	 * brackets), or {@code null} when unknown
	 * @param port the request's effective port: the one it names, or its scheme's default
	 * (see {@link CorsRequestReader#effectivePort})
	 * @return whether they are the same origin; {@code false} whenever something is
	 * unknown or malformed
	 */
	static boolean matches(String origin, @Nullable String scheme, @Nullable String host, int port) {
		if (scheme == null || host == null || host.isEmpty()) {
			return false;
		}
		int schemeEnd = scheme.length();
		int hostStart = schemeEnd + 3;
		if (hostStart >= origin.length() || !origin.startsWith("://", schemeEnd)
				|| !origin.regionMatches(true, 0, scheme, 0, schemeEnd)) {
			return false;
		}
		int hostEnd = OriginSyntax.hostEnd(origin, hostStart);
		// Most origins compared here are another site's, told apart by the scheme, host
		// or port; only one that names the request's own is checked for well-formedness,
		// so the common refusal costs no scan of the whole value.
		return hostMatches(origin, hostStart, hostEnd, host) && portMatches(origin, schemeEnd, hostEnd, port)
				&& OriginSyntax.isOrigin(origin);
	}

	private static boolean hostMatches(String origin, int hostStart, int hostEnd, String host) {
		// Servlet containers report an IPv6 host with its brackets, java.net.URI without
		// them on some paths.
		if (origin.charAt(hostStart) == '[' && host.charAt(0) != '[') {
			hostStart++;
			hostEnd--;
		}
		int length = hostEnd - hostStart;
		return host.length() == length && origin.regionMatches(true, hostStart, host, 0, length);
	}

	/**
	 * Whether the origin's port, or its scheme's default when it names none, is the
	 * request's effective port.
	 */
	private static boolean portMatches(String origin, int schemeEnd, int hostEnd, int requestPort) {
		int originPort = (hostEnd < origin.length()) ? OriginSyntax.port(origin, hostEnd)
				: OriginSyntax.defaultPort(origin, schemeEnd);
		return originPort == requestPort;
	}

}
