package dev.crossorigin.cors.policy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One parsed {@code allowed-origin-patterns} entry: {@code scheme://*.suffix} (one or
 * more leading labels), {@code scheme://host:[*]} (any port), both, or a plain origin.
 *
 * @param scheme the scheme, without {@code ://}
 * @param host the exact host, or for a wildcard the suffix starting with the dot
 * ({@code .example.com})
 * @param wildcardHost whether one or more labels may precede {@link #host()}
 * @param port the port digits, {@link #ANY_PORT}, or {@code null} for no port (the
 * scheme's default)
 */
record OriginPattern(String scheme, String host, boolean wildcardHost, @Nullable String port) {

	static final String ANY_PORT = "[*]";

	/**
	 * Parses a configured pattern.
	 * @param value the pattern
	 * @return the pattern, or the reason it is not one
	 */
	static Parsed<OriginPattern> parse(String value) {
		if (value.isBlank()) {
			return Parsed.invalid("is empty");
		}
		if (value.equals("*")) {
			return Parsed.invalid(
					"matches every origin; to allow any origin use allowed-origins: \"*\" (never with credentials)");
		}
		int schemeEnd = value.indexOf("://");
		if (schemeEnd <= 0) {
			return Parsed.invalid("has no scheme: write it as scheme://*.example.com");
		}
		String scheme = value.substring(0, schemeEnd);
		if (scheme.indexOf('*') >= 0) {
			return Parsed.invalid("has a wildcard in the scheme; list each scheme as its own pattern");
		}
		if (!value.equals(value.toLowerCase(Locale.ROOT))) {
			return Parsed.invalid("has uppercase letters, but browsers send origins in lowercase, so it would never "
					+ "match: write " + value.toLowerCase(Locale.ROOT));
		}
		if (!OriginSyntax.KNOWN_SCHEMES.contains(scheme)) {
			return Parsed.invalid("has the scheme '" + scheme + "', which is not one browsers send in Origin");
		}
		String rest = value.substring(schemeEnd + 3);
		String beyondOrigin = OriginSyntax.beyondOrigin(rest,
				"has a path or trailing slash, which an origin never has");
		if (beyondOrigin != null) {
			return Parsed.invalid(beyondOrigin);
		}
		String host = rest;
		String port = null;
		int colon = rest.endsWith(":" + ANY_PORT) ? rest.length() - ANY_PORT.length() - 1
				: OriginSyntax.portColon(rest);
		if (colon >= 0) {
			host = rest.substring(0, colon);
			port = rest.substring(colon + 1);
			if (port.equals("*")) {
				return Parsed.invalid("uses ':*' for the port; write ':[*]' to allow any port");
			}
			if (!port.equals(ANY_PORT) && !OriginSyntax.isPort(port, 0, port.length())) {
				return Parsed.invalid("has the port '" + port + "', which is neither a port number nor [*]");
			}
			if (OriginSyntax.isDefaultPort(scheme, port)) {
				return Parsed
					.invalid("names the default port, which browsers leave out of the origin, so it would never match");
			}
		}
		return parseHost(scheme, host, port);
	}

	private static Parsed<OriginPattern> parseHost(String scheme, String host, @Nullable String port) {
		if (host.equals("*")) {
			return Parsed
				.invalid("matches every host of the scheme; name the domain, as in " + scheme + "://*.example.com");
		}
		boolean wildcard = host.startsWith("*.");
		String name = wildcard ? host.substring(2) : host;
		if (name.indexOf('*') >= 0) {
			return Parsed.invalid("has a wildcard that is not the whole leading label; write " + scheme
					+ "://*.example.com, which matches one or more subdomain labels");
		}
		if (name.startsWith("[")) {
			if (wildcard || !(name.endsWith("]") && OriginSyntax.isOrigin(scheme + "://" + name))) {
				return Parsed.invalid("is not a valid origin pattern");
			}
		}
		else if (OriginSyntax.scanHostName(name, 0, name.length()) != name.length()) {
			return Parsed.invalid("has the host '" + name + "', which is not a valid host name");
		}
		if (wildcard && name.indexOf('.') < 0) {
			return Parsed.invalid("is too broad: '*." + name + "' matches every site under a top-level domain; name "
					+ "a domain you control, as in " + scheme + "://*.example." + name);
		}
		return Parsed.valid(new OriginPattern(scheme, wildcard ? "." + name : name, wildcard, port));
	}

	/** Whether this pattern has no wildcard at all, so it is one exact origin. */
	boolean isExact() {
		return !this.wildcardHost && !ANY_PORT.equals(this.port);
	}

	/** The origin this pattern is equal to, for an exact pattern. */
	String toOrigin() {
		return this.scheme + "://" + this.host + ((this.port != null) ? ":" + this.port : "");
	}

	/**
	 * Whether the scheme and port of a parsed request origin match this pattern.
	 * @param origin the request origin
	 * @param hostStart where its host starts
	 * @param hostEnd where its host ends
	 */
	boolean matchesSchemeAndPort(String origin, int hostStart, int hostEnd) {
		int schemeLength = hostStart - 3;
		if (schemeLength != this.scheme.length() || !origin.startsWith(this.scheme)) {
			return false;
		}
		int portLength = origin.length() - hostEnd - 1;
		if (this.port == null) {
			return portLength < 0;
		}
		if (ANY_PORT.equals(this.port)) {
			return true;
		}
		return portLength == this.port.length() && origin.regionMatches(hostEnd + 1, this.port, 0, portLength);
	}

}
