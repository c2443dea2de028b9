package dev.crossorigin.cors.policy;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The grammar of a serialised origin ({@code scheme://host[:port]}, lowercase, no default
 * port) as browsers send it in the {@code Origin} header: the one place that knows what
 * an origin, its parts, a port and a scheme's default port are. Request-time reading
 * allocates nothing; configuration-time checking says what is wrong with a value.
 */
final class OriginSyntax {

	/** Longest {@code Origin} value we read; a DNS name is at most 253 characters. */
	static final int MAX_LENGTH = 1024;

	static final Set<String> KNOWN_SCHEMES = Set.of("http", "https", "chrome-extension", "moz-extension",
			"safari-web-extension");

	private static final int HTTP_DEFAULT_PORT = 80;

	private static final int HTTPS_DEFAULT_PORT = 443;

	private static final byte SCHEME_CHAR = 1;

	private static final byte HOST_CHAR = 2;

	/**
	 * Which ASCII characters a scheme (lowercase letters, digits, {@code + - .}) and a
	 * host name label (lowercase letters, digits, {@code - _}) may have: one table read a
	 * character instead of a chain of comparisons, as every refused origin is scanned.
	 */
	private static final byte[] CHAR_CLASSES = charClasses();

	/**
	 * The port of an origin whose scheme has no default port and that names none: 0, a
	 * port no origin names (a port has no leading zero), so it equals only itself.
	 */
	static final int NO_DEFAULT_PORT = 0;

	private OriginSyntax() {
	}

	/**
	 * Whether a value is a serialised origin: a lowercase scheme, {@code ://}, a host
	 * name of lowercase labels or a bracketed IPv6 address, and an optional port of one
	 * to five digits without a leading zero.
	 */
	static boolean isOrigin(String value) {
		int length = value.length();
		if (length == 0 || length > MAX_LENGTH || !isLowerAlpha(value.charAt(0))) {
			return false;
		}
		int i = 1;
		while (i < length && isSchemeChar(value.charAt(i))) {
			i++;
		}
		if (i + 3 > length || value.charAt(i) != ':' || value.charAt(i + 1) != '/' || value.charAt(i + 2) != '/') {
			return false;
		}
		int hostStart = i + 3;
		int hostEnd = (hostStart < length && value.charAt(hostStart) == '[') ? scanIpv6(value, hostStart)
				: scanHostName(value, hostStart, length);
		if (hostEnd < 0) {
			return false;
		}
		return hostEnd == length || (value.charAt(hostEnd) == ':' && isPort(value, hostEnd + 1, length));
	}

	/** Where the host of an {@linkplain #isOrigin origin} starts, after {@code ://}. */
	static int hostStart(String origin) {
		return origin.indexOf(':') + 3;
	}

	/**
	 * Where the host of an {@linkplain #isOrigin origin} ends: at the colon before its
	 * port, or at the end. Safe on any value whose host start is inside it (a malformed
	 * one gives some index, possibly before the host start, and no exception).
	 */
	static int hostEnd(String origin, int hostStart) {
		int from = (origin.charAt(hostStart) == '[') ? origin.indexOf(']', hostStart) : hostStart;
		int colon = origin.indexOf(':', from);
		return (colon < 0) ? origin.length() : colon;
	}

	/**
	 * The port of an {@linkplain #isOrigin origin} that has one, given its host's end.
	 */
	static int port(String origin, int hostEnd) {
		int port = 0;
		for (int i = hostEnd + 1; i < origin.length(); i++) {
			port = port * 10 + (origin.charAt(i) - '0');
		}
		return port;
	}

	/**
	 * The port a scheme's origins leave out: 80 for {@code http}, 443 for {@code https}
	 * (the scheme compared ignoring case); other schemes have none, and get
	 * {@link #NO_DEFAULT_PORT}.
	 * @param value a value that starts with the scheme
	 * @param schemeEnd where the scheme ends in it
	 * @return the default port
	 */
	static int defaultPort(String value, int schemeEnd) {
		if (schemeEnd == 4 && value.regionMatches(true, 0, "http", 0, 4)) {
			return HTTP_DEFAULT_PORT;
		}
		if (schemeEnd == 5 && value.regionMatches(true, 0, "https", 0, 5)) {
			return HTTPS_DEFAULT_PORT;
		}
		return NO_DEFAULT_PORT;
	}

	/**
	 * Whether a port is the one a scheme's origins leave out (see {@link #defaultPort}).
	 * @param value a value that starts with the scheme
	 * @param schemeEnd where the scheme ends in it
	 * @param port the port
	 */
	static boolean isDefaultPort(String value, int schemeEnd, int port) {
		return port != NO_DEFAULT_PORT && port == defaultPort(value, schemeEnd);
	}

	/** Whether configured port digits name a scheme's default port. */
	static boolean isDefaultPort(String scheme, String port) {
		return isPort(port, 0, port.length()) && isDefaultPort(scheme, scheme.length(), Integer.parseInt(port));
	}

	/**
	 * Whether a region is a port: one to five digits, no leading zero, at most 65535.
	 */
	static boolean isPort(String value, int from, int to) {
		int digits = to - from;
		if (digits < 1 || digits > 5 || value.charAt(from) == '0') {
			return false;
		}
		int port = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			port = port * 10 + (c - '0');
		}
		return port <= 65535;
	}

	/**
	 * Scans a host name of dot-separated, non-empty labels of lowercase letters, digits,
	 * hyphens and underscores.
	 * @return the index after the host, or -1 when there is no host name there
	 */
	static int scanHostName(String value, int start, int end) {
		int i = start;
		int labelStart = start;
		while (i < end) {
			char c = value.charAt(i);
			if (c == '.') {
				if (i == labelStart) {
					return -1;
				}
				labelStart = i + 1;
			}
			else if (!isHostChar(c)) {
				break;
			}
			i++;
		}
		return (i == labelStart) ? -1 : i;
	}

	private static int scanIpv6(String value, int start) {
		int i = start + 1;
		int length = value.length();
		while (i < length && value.charAt(i) != ']') {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
				return -1;
			}
			i++;
		}
		return (i == length || i == start + 1) ? -1 : i + 1;
	}

	private static boolean isLowerAlpha(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isSchemeChar(char c) {
		return c < CHAR_CLASSES.length && (CHAR_CLASSES[c] & SCHEME_CHAR) != 0;
	}

	private static boolean isHostChar(char c) {
		return c < CHAR_CLASSES.length && (CHAR_CLASSES[c] & HOST_CHAR) != 0;
	}

	private static byte[] charClasses() {
		byte[] classes = new byte[128];
		for (char c = 'a'; c <= 'z'; c++) {
			classes[c] = SCHEME_CHAR | HOST_CHAR;
		}
		for (char c = '0'; c <= '9'; c++) {
			classes[c] = SCHEME_CHAR | HOST_CHAR;
		}
		classes['-'] = SCHEME_CHAR | HOST_CHAR;
		classes['+'] = SCHEME_CHAR;
		classes['.'] = SCHEME_CHAR;
		classes['_'] = HOST_CHAR;
		return classes;
	}

	/**
	 * Checks a configured origin: whether it is a serialised origin browsers could send,
	 * and if not, why.
	 * @param value the configured value
	 * @return the origin, or the reason it is not one
	 */
	static Parsed<String> check(String value) {
		if (value.isBlank()) {
			return Parsed.invalid("is empty");
		}
		if (value.equals("null")) {
			return Parsed.invalid("is the opaque 'null' origin, which sandboxed documents, file: URLs and redirects "
					+ "all share, so allowing it allows all of them");
		}
		if (!value.equals(value.strip())) {
			return Parsed.invalid("has leading or trailing white space");
		}
		int schemeEnd = value.indexOf("://");
		if (schemeEnd <= 0) {
			return Parsed.invalid("has no scheme: write it as scheme://host[:port], for example https://" + value);
		}
		String scheme = value.substring(0, schemeEnd);
		if (!value.equals(value.toLowerCase(Locale.ROOT))) {
			return Parsed.invalid("has uppercase letters, but browsers send origins in lowercase, so it would never "
					+ "match: write " + value.toLowerCase(Locale.ROOT));
		}
		if (!KNOWN_SCHEMES.contains(scheme)) {
			return Parsed.invalid("has the scheme '" + scheme + "', which is not one browsers send in Origin (http, "
					+ "https, or a browser-extension scheme)");
		}
		String rest = value.substring(schemeEnd + 3);
		String path = (rest.indexOf('/') == rest.length() - 1)
				? "ends with a slash, which an origin never has: write " + value.substring(0, value.length() - 1)
				: "has a path, which an origin never has";
		String beyondOrigin = beyondOrigin(rest, path);
		if (beyondOrigin != null) {
			return Parsed.invalid(beyondOrigin);
		}
		if (rest.indexOf('*') >= 0) {
			return Parsed
				.invalid("contains a wildcard; put patterns such as https://*.example.com in allowed-origin-patterns");
		}
		int portColon = portColon(rest);
		if (portColon >= 0 && isDefaultPort(scheme, rest.substring(portColon + 1))) {
			return Parsed.invalid("names the default port, which browsers leave out of the origin, so it would never "
					+ "match: write " + value.substring(0, schemeEnd + 3 + portColon));
		}
		if (!isOrigin(value)) {
			return Parsed.invalid("is not a valid origin of the form scheme://host[:port]");
		}
		return Parsed.valid(value);
	}

	/**
	 * What makes a configured origin or pattern more than an origin, after its scheme:
	 * user information, a path, a query or a fragment, looked for in that order.
	 * @param afterScheme the value after its {@code ://}
	 * @param pathProblem how the caller words a path
	 * @return the problem, or {@code null} when there is none of them
	 */
	static @Nullable String beyondOrigin(String afterScheme, String pathProblem) {
		if (afterScheme.indexOf('@') >= 0) {
			return "has user information, which an origin never carries";
		}
		if (afterScheme.indexOf('/') >= 0) {
			return pathProblem;
		}
		if (afterScheme.indexOf('?') >= 0) {
			return "has a query, which an origin never has";
		}
		if (afterScheme.indexOf('#') >= 0) {
			return "has a fragment, which an origin never has";
		}
		return null;
	}

	/**
	 * Where the colon before a configured port is, after the scheme: the last colon not
	 * inside an IPv6 address's brackets.
	 * @return its index in {@code afterScheme}, or -1 when there is no port
	 */
	static int portColon(String afterScheme) {
		int colon = afterScheme.lastIndexOf(':');
		return (colon > afterScheme.lastIndexOf(']')) ? colon : -1;
	}

}
