package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import org.jspecify.annotations.Nullable;

import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static dev.crossorigin.cors.policy.CorsHeaders.ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.VARY_PREFLIGHT;

/**
 * One mapping compiled for request time: matchers built and every header value that does not depend on the
 * request computed once.
 */
final class CompiledRule {

	/** Longest {@code Access-Control-Request-Headers} value accepted; longer ones are rejected as malformed. */
	static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

	/** Most names accepted in {@code Access-Control-Request-Headers}; more are rejected as malformed. */
	static final int MAX_REQUEST_HEADERS_COUNT = 64;

	/** Size of the table of recently accepted {@code Access-Control-Request-Headers} values: a power of two. */
	static final int RECENT_REQUEST_HEADERS = 16;

	final CorsMapping mapping;

	final PathMatcher paths;

	private final OriginMatcher origins;

	private final boolean anyMethod;

	private final Set<String> methods;

	private final boolean anyHeader;

	private final HeaderNameSet headers;

	private final boolean allowPrivateNetwork;

	/** {@code *}, or {@code null} to echo the request's origin. */
	private final @Nullable String allowOrigin;

	private final @Nullable String allowCredentials;

	private final @Nullable String exposeHeaders;

	/** The joined methods, or {@code null} to echo the requested method. */
	private final @Nullable String allowMethods;

	private final String maxAge;

	/** Whether responses differ by origin, so caches must key on it. */
	private final boolean varyOnOrigin;

	/**
	 * {@code Access-Control-Request-Headers} values this rule accepted lately, by hash. A page sends the same list
	 * with every preflight of the same call, and one string comparison is cheaper than checking each name again.
	 * Only accepted values enter and the rule never changes, so a hit is always right; threads share the table
	 * without locks, as a slot holds an immutable {@link String} or {@code null} and a lost write only costs a miss.
	 */
	private final @Nullable String[] recentRequestHeaders = new String[RECENT_REQUEST_HEADERS];

	CompiledRule(CorsMapping mapping) {
		this.mapping = mapping;
		this.paths = PathMatcher.compile(mapping.paths());
		boolean anyOrigin = mapping.allowedOrigins().contains("*");
		List<OriginPattern> patterns = new ArrayList<>();
		for (String pattern : mapping.allowedOriginPatterns()) {
			patterns.add((OriginPattern) OriginPattern.parse(pattern));
		}
		this.origins = new OriginMatcher(anyOrigin, new HashSet<>(mapping.allowedOrigins()), patterns);
		this.anyMethod = mapping.allowedMethods().contains("*");
		this.methods = Set.copyOf(mapping.allowedMethods());
		this.anyHeader = mapping.allowedHeaders().contains("*");
		this.headers = new HeaderNameSet(mapping.allowedHeaders());
		this.allowPrivateNetwork = mapping.allowPrivateNetwork();
		this.allowOrigin = (anyOrigin && !mapping.allowCredentials()) ? "*" : null;
		this.allowCredentials = mapping.allowCredentials() ? "true" : null;
		this.exposeHeaders = mapping.exposedHeaders().isEmpty() ? null : String.join(", ", mapping.exposedHeaders());
		this.allowMethods = this.anyMethod ? null : String.join(", ", mapping.allowedMethods());
		this.maxAge = Long.toString(mapping.maxAge().toSeconds());
		this.varyOnOrigin = !this.origins.isEmpty();
	}

	boolean enabled() {
		return this.mapping.enabled();
	}

	<R> CorsDecision notCors(R response, CorsResponseWriter<R> writer) {
		if (this.varyOnOrigin) {
			writer.addVary(response, ORIGIN);
		}
		return CorsDecision.NOT_CORS;
	}

	<R> CorsDecision actual(String origin, R response, CorsResponseWriter<R> writer) {
		if (!this.origins.matches(origin)) {
			if (this.varyOnOrigin) {
				writer.addVary(response, ORIGIN);
			}
			return CorsDecision.actualRejected(originReason(origin));
		}
		writer.setHeader(response, ACCESS_CONTROL_ALLOW_ORIGIN, (this.allowOrigin != null) ? this.allowOrigin : origin);
		if (this.allowCredentials != null) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_CREDENTIALS, this.allowCredentials);
		}
		if (this.exposeHeaders != null) {
			writer.setHeader(response, ACCESS_CONTROL_EXPOSE_HEADERS, this.exposeHeaders);
		}
		writer.addVary(response, ORIGIN);
		return CorsDecision.ACTUAL_ALLOWED;
	}

	<R> CorsDecision preflight(String origin, String requestMethod, @Nullable String requestHeaders,
			@Nullable String requestPrivateNetwork, R response, CorsResponseWriter<R> writer) {
		writer.addVary(response, VARY_PREFLIGHT);
		Reason reason = checkPreflight(origin, requestMethod, requestHeaders, requestPrivateNetwork);
		if (reason != null) {
			return CorsDecision.preflightRejected(reason);
		}
		writer.setHeader(response, ACCESS_CONTROL_ALLOW_ORIGIN, (this.allowOrigin != null) ? this.allowOrigin : origin);
		if (this.allowCredentials != null) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_CREDENTIALS, this.allowCredentials);
		}
		writer.setHeader(response, ACCESS_CONTROL_ALLOW_METHODS,
				(this.allowMethods != null) ? this.allowMethods : requestMethod);
		if (requestHeaders != null && !requestHeaders.isBlank()) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_HEADERS, requestHeaders.strip());
		}
		writer.setHeader(response, ACCESS_CONTROL_MAX_AGE, this.maxAge);
		if (isTrue(requestPrivateNetwork)) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK, "true");
		}
		return CorsDecision.PREFLIGHT_ACCEPTED;
	}

	/**
	 * Checks a preflight against this rule.
	 * @return the first reason to reject it, or {@code null} to accept it
	 */
	@Nullable Reason checkPreflight(String origin, String requestMethod, @Nullable String requestHeaders,
			@Nullable String requestPrivateNetwork) {
		if (!this.origins.matches(origin)) {
			return originReason(origin);
		}
		if (!HttpTokens.isToken(requestMethod)) {
			return Reason.MALFORMED;
		}
		if (!this.anyMethod && !this.methods.contains(requestMethod)) {
			return Reason.METHOD;
		}
		if (requestHeaders != null) {
			Reason headersReason = checkRequestHeaders(requestHeaders);
			if (headersReason != null) {
				return headersReason;
			}
		}
		if (isTrue(requestPrivateNetwork) && !this.allowPrivateNetwork) {
			return Reason.PRIVATE_NETWORK;
		}
		return null;
	}

	/**
	 * Checks each name of {@code Access-Control-Request-Headers}: a comma-separated list of tokens with optional
	 * white space. An empty element, a character outside a token, or a list past the caps is malformed. A value
	 * accepted lately is accepted again without a scan.
	 */
	private @Nullable Reason checkRequestHeaders(String value) {
		int length = value.length();
		if (length > MAX_REQUEST_HEADERS_LENGTH) {
			return Reason.MALFORMED;
		}
		if (value.isBlank()) {
			return null;
		}
		int hash = value.hashCode();
		int slot = (hash ^ (hash >>> 16)) & (RECENT_REQUEST_HEADERS - 1);
		if (value.equals(this.recentRequestHeaders[slot])) {
			return null;
		}
		Reason reason = scanRequestHeaders(value);
		if (reason == null) {
			this.recentRequestHeaders[slot] = value;
		}
		return reason;
	}

	/**
	 * Checks each name in one pass over the value: validated, hashed and looked up as it is read, with no
	 * substring.
	 */
	private @Nullable Reason scanRequestHeaders(String value) {
		int length = value.length();
		int count = 0;
		int i = 0;
		Reason refused = null;
		while (true) {
			while (i < length && isWhitespace(value.charAt(i))) {
				i++;
			}
			int from = i;
			int hash = 0;
			char c;
			while (i < length && HttpTokens.isTokenChar(c = value.charAt(i))) {
				hash = 31 * hash + HttpTokens.toLowerAscii(c);
				i++;
			}
			int to = i;
			while (i < length && isWhitespace(value.charAt(i))) {
				i++;
			}
			if (from == to || (i < length && value.charAt(i) != ',') || ++count > MAX_REQUEST_HEADERS_COUNT) {
				return Reason.MALFORMED;
			}
			if (refused == null && !this.anyHeader && !this.headers.contains(value, from, to, hash)) {
				refused = Reason.HEADERS;
			}
			if (i == length) {
				return refused;
			}
			i++;
		}
	}

	/** Why an origin the matcher refused was refused: malformed, or simply not allowed. */
	static Reason originReason(String origin) {
		return (origin.equals("null") || OriginSyntax.parse(origin) != OriginSyntax.MALFORMED) ? Reason.ORIGIN
				: Reason.MALFORMED;
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

	private static boolean isTrue(@Nullable String value) {
		return value != null && value.equalsIgnoreCase("true");
	}

}
