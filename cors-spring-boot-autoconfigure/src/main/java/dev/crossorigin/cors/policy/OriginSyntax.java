package dev.crossorigin.cors.policy;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The grammar of a serialised origin ({@code scheme://host[:port]}, lowercase, no default
 * port) as browsers send it in the {@code Origin} header. Request-time parsing allocates
 * nothing; configuration-time diagnosis explains what is wrong with a value.
 */
final class OriginSyntax {

	/** Longest {@code Origin} value we parse; a DNS name is at most 253 characters. */
	static final int MAX_LENGTH = 1024;

	static final Set<String> KNOWN_SCHEMES = Set.of("http", "https", "chrome-extension", "moz-extension",
			"safari-web-extension");

	static final long MALFORMED = -1;

	private OriginSyntax() {
	}

	/**
	 * Parses a serialised origin.
	 * @param origin the value
	 * @return {@code hostStart << 32 | hostEnd}, or {@link #MALFORMED}; the scheme ends
	 * three characters before {@code hostStart}, and a port, if any, follows a colon at
	 * {@code hostEnd}
	 */
	static long parse(String origin) {
		int length = origin.length();
		if (length == 0 || length > MAX_LENGTH || !isLowerAlpha(origin.charAt(0))) {
			return MALFORMED;
		}
		int i = 1;
		while (i < length && isSchemeChar(origin.charAt(i))) {
			i++;
		}
		if (i + 3 > length || origin.charAt(i) != ':' || origin.charAt(i + 1) != '/' || origin.charAt(i + 2) != '/') {
			return MALFORMED;
		}
		int hostStart = i + 3;
		int hostEnd = (hostStart < length && origin.charAt(hostStart) == '[') ? scanIpv6(origin, hostStart)
				: scanHostName(origin, hostStart, length);
		if (hostEnd < 0) {
			return MALFORMED;
		}
		if (hostEnd < length && !isPort(origin, hostEnd + 1, length, origin.charAt(hostEnd))) {
			return MALFORMED;
		}
		return ((long) hostStart << 32) | hostEnd;
	}

	static int hostStart(long parsed) {
		return (int) (parsed >>> 32);
	}

	static int hostEnd(long parsed) {
		return (int) parsed;
	}

	/**
	 * Scans a host name of dot-separated, non-empty labels of lowercase letters, digits,
	 * hyphens and underscores.
	 * @return the index after the host, or -1
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

	private static boolean isPort(String value, int from, int to, char separator) {
		int digits = to - from;
		if (separator != ':' || digits < 1 || digits > 5 || value.charAt(from) == '0') {
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

	private static boolean isLowerAlpha(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isSchemeChar(char c) {
		return isLowerAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
	}

	static boolean isHostChar(char c) {
		return isLowerAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}

	/**
	 * Explains why a configured origin is not a serialised origin browsers could send.
	 * @param value the configured value
	 * @return the reason, or {@code null} when the value is a valid origin
	 */
	static @Nullable String diagnose(String value) {
		if (value.isEmpty() || value.isBlank()) {
			return "is empty";
		}
		if (value.equals("null")) {
			return "is the opaque 'null' origin, which sandboxed documents, file: URLs and redirects all share, so "
					+ "allowing it allows all of them";
		}
		if (!value.equals(value.strip())) {
			return "has leading or trailing white space";
		}
		int schemeEnd = value.indexOf("://");
		if (schemeEnd <= 0) {
			return "has no scheme: write it as scheme://host[:port], for example https://" + value;
		}
		String scheme = value.substring(0, schemeEnd);
		if (!scheme.equals(scheme.toLowerCase(java.util.Locale.ROOT))
				|| !value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
			return "has uppercase letters, but browsers send origins in lowercase, so it would never match: write "
					+ value.toLowerCase(java.util.Locale.ROOT);
		}
		if (!KNOWN_SCHEMES.contains(scheme)) {
			return "has the scheme '" + scheme + "', which is not one browsers send in Origin (http, https, or a "
					+ "browser-extension scheme)";
		}
		String rest = value.substring(schemeEnd + 3);
		if (rest.indexOf('@') >= 0) {
			return "has user information, which an origin never carries";
		}
		int slash = rest.indexOf('/');
		if (slash >= 0) {
			return (slash == rest.length() - 1)
					? "ends with a slash, which an origin never has: write " + value.substring(0, value.length() - 1)
					: "has a path, which an origin never has";
		}
		if (rest.indexOf('?') >= 0) {
			return "has a query, which an origin never has";
		}
		if (rest.indexOf('#') >= 0) {
			return "has a fragment, which an origin never has";
		}
		if (rest.indexOf('*') >= 0) {
			return "contains a wildcard; put patterns such as https://*.example.com in allowed-origin-patterns";
		}
		if ((scheme.equals("https") && rest.endsWith(":443")) || (scheme.equals("http") && rest.endsWith(":80"))) {
			return "names the default port, which browsers leave out of the origin, so it would never match: write "
					+ value.substring(0, value.lastIndexOf(':'));
		}
		if (parse(value) == MALFORMED) {
			return "is not a valid origin of the form scheme://host[:port]";
		}
		return null;
	}

}
