package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import dev.crossorigin.cors.policy.CorsDecision.Reason;
import org.jspecify.annotations.Nullable;

import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.VARY_PREFLIGHT;

/**
 * One mapping compiled for request time: matchers built and every header value that does
 * not depend on the request computed once.
 */
final class CompiledRule {

	/**
	 * Longest {@code Access-Control-Request-Headers} value accepted; longer ones are
	 * rejected as malformed.
	 */
	static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

	/**
	 * Most names accepted in {@code Access-Control-Request-Headers}; more are rejected as
	 * malformed.
	 */
	static final int MAX_REQUEST_HEADERS_COUNT = 64;

	/**
	 * Size of the table of recently accepted {@code Access-Control-Request-Headers}
	 * values: a power of two.
	 */
	static final int RECENT_REQUEST_HEADERS = 16;

	final CorsMapping mapping;

	final PathMatcher paths;

	private final OriginMatcher origins;

	private final boolean anyMethod;

	private final Set<String> methods;

	private final boolean anyHeader;

	private final HeaderNameSet headers;

	private final boolean allowPrivateNetwork;

	/** Whether origins supplied at run time are allowed here too. */
	final boolean allowDynamicOrigins;

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
	 * What a preflight answer varies on: the three request headers every decision reads,
	 * and {@code Access-Control-Request-Private-Network} where this rule answers it.
	 */
	private final String varyPreflight;

	/**
	 * {@code Access-Control-Request-Headers} values this rule accepted lately, by hash. A
	 * page sends the same list with every preflight of the same call, and one string
	 * comparison is cheaper than checking each name again. Only accepted values enter and
	 * the rule never changes, so a hit is always right; threads share the table without
	 * locks, as a slot holds an immutable {@link String} or {@code null} and a lost write
	 * only costs a miss.
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
		this.allowDynamicOrigins = mapping.allowDynamicOrigins();
		this.allowOrigin = (anyOrigin && !mapping.allowCredentials()) ? "*" : null;
		this.allowCredentials = mapping.allowCredentials() ? "true" : null;
		this.exposeHeaders = mapping.exposedHeaders().isEmpty() ? null : String.join(", ", mapping.exposedHeaders());
		this.allowMethods = this.anyMethod ? null : String.join(", ", mapping.allowedMethods());
		this.maxAge = Long.toString(mapping.maxAge().toSeconds());
		// Origins supplied at run time make any answer depend on the origin, refusals
		// included: a cache must not serve one origin's answer to another.
		this.varyOnOrigin = !this.origins.isEmpty() || this.allowDynamicOrigins;
		this.varyPreflight = this.allowPrivateNetwork ? VARY_PREFLIGHT + ", " + ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK
				: VARY_PREFLIGHT;
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

	/** Whether the origin is allowed; the one origin lookup a decision makes. */
	boolean allowsOrigin(String origin) {
		return this.origins.matches(origin);
	}

	/**
	 * Decides an actual request.
	 * @param allowedBy what allowed the origin, or {@code null} when nothing did
	 */
	<R> CorsDecision actual(String origin, @Nullable AllowedBy allowedBy, R response, CorsResponseWriter<R> writer) {
		if (allowedBy == null) {
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
		return CorsDecision.actualAllowed(allowedBy);
	}

	/**
	 * Decides a preflight.
	 * @param allowedBy what allowed the origin, or {@code null} when nothing did
	 */
	<R> CorsDecision preflight(String origin, @Nullable AllowedBy allowedBy, String requestMethod,
			@Nullable String requestHeaders, @Nullable String requestPrivateNetwork, R response,
			CorsResponseWriter<R> writer) {
		writer.addVary(response, this.varyPreflight);
		Reason reason = checkPreflight(origin, allowedBy != null, requestMethod, requestHeaders, requestPrivateNetwork);
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
		return CorsDecision.preflightAccepted(allowedBy);
	}

	/**
	 * Checks a preflight against this rule.
	 * @param originAllowed what {@link #allowsOrigin} said of the origin
	 * @return the first reason to reject it, or {@code null} to accept it
	 */
	@Nullable Reason checkPreflight(String origin, boolean originAllowed, String requestMethod, @Nullable String requestHeaders,
			@Nullable String requestPrivateNetwork) {
		if (!originAllowed) {
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
	 * Checks each name of {@code Access-Control-Request-Headers}: a comma-separated list
	 * of tokens with optional white space. An empty element, a character outside a token,
	 * or a list past the caps is malformed. A value accepted lately is accepted again
	 * without a scan.
	 */
	private @Nullable Reason checkRequestHeaders(String value) {
		int length = value.length();
		if (length > MAX_REQUEST_HEADERS_LENGTH) {
			return Reason.MALFORMED;
		}
		if (isOptionalWhitespace(value)) {
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
	 * Checks each name in one pass over the value: validated, hashed and looked up as it
	 * is read, with no substring.
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

	/**
	 * Says, in one line, why a request was rejected and what this rule allows instead.
	 * @param reason the reason {@link #checkPreflight} or {@link #actual} gave
	 * @param origin the request's origin
	 * @param requestMethod the preflight's requested method, if any
	 * @param requestHeaders the preflight's requested headers, if any
	 * @return the explanation
	 */
	String explain(Reason reason, String origin, @Nullable String requestMethod, @Nullable String requestHeaders) {
		return switch (reason) {
			case ORIGIN -> "origin " + quote(origin) + " is not allowed; " + describeOrigins();
			case METHOD -> "method " + quote(requestMethod) + " is not allowed (methods are case-sensitive); allowed "
					+ "methods: " + String.join(", ", this.mapping.allowedMethods());
			case HEADERS -> "request header(s) " + refusedHeaders(requestHeaders) + " not allowed; allowed headers: "
					+ String.join(", ", this.mapping.allowedHeaders());
			case PRIVATE_NETWORK -> "Private Network Access was requested but allow-private-network is false";
			case MALFORMED -> describeMalformed(origin, requestMethod, requestHeaders);
		};
	}

	private String describeOrigins() {
		String dynamic = this.allowDynamicOrigins
				? "; nor do the origins the application supplies at run time (allow-dynamic-origins)" : "";
		if (this.origins.isEmpty()) {
			return this.allowDynamicOrigins ? "no origin is configured here" + dynamic
					: "this policy allows no origin (set allowed-origins or allowed-origin-patterns)";
		}
		StringBuilder allowed = new StringBuilder();
		if (!this.mapping.allowedOrigins().isEmpty()) {
			allowed.append("allowed origins: ").append(String.join(", ", this.mapping.allowedOrigins()));
		}
		if (!this.mapping.allowedOriginPatterns().isEmpty()) {
			allowed.append(allowed.isEmpty() ? "" : "; ")
				.append("allowed origin patterns: ")
				.append(String.join(", ", this.mapping.allowedOriginPatterns()));
		}
		return allowed.append(dynamic).toString();
	}

	private String refusedHeaders(@Nullable String requestHeaders) {
		List<String> refused = new ArrayList<>();
		if (requestHeaders != null) {
			for (String name : requestHeaders.split(",")) {
				String trimmed = name.strip();
				if (!this.anyHeader && !this.headers.contains(trimmed, 0, trimmed.length())) {
					refused.add(quote(trimmed));
				}
			}
		}
		return String.join(", ", refused);
	}

	private String describeMalformed(String origin, @Nullable String requestMethod, @Nullable String requestHeaders) {
		if (originReason(origin) == Reason.MALFORMED) {
			return "origin " + quote(origin) + " is malformed: not a serialised origin scheme://host[:port]";
		}
		if (requestMethod != null && !HttpTokens.isToken(requestMethod)) {
			return "Access-Control-Request-Method " + quote(requestMethod) + " is malformed: not a method token";
		}
		if (requestHeaders != null && requestHeaders.length() > MAX_REQUEST_HEADERS_LENGTH) {
			return "Access-Control-Request-Headers is malformed: " + requestHeaders.length()
					+ " characters, more than the " + MAX_REQUEST_HEADERS_LENGTH + " accepted";
		}
		if (requestHeaders != null && requestHeaders.split(",", -1).length > MAX_REQUEST_HEADERS_COUNT) {
			return "Access-Control-Request-Headers is malformed: more than " + MAX_REQUEST_HEADERS_COUNT + " names";
		}
		return "Access-Control-Request-Headers " + quote(requestHeaders)
				+ " is malformed: each comma-separated element must be one header name";
	}

	/**
	 * Quotes a request-controlled value for a log line or a debug body: shortened, with
	 * control characters replaced, so a crafted header cannot forge log lines.
	 */
	static String quote(@Nullable String value) {
		if (value == null) {
			return "(none)";
		}
		int limit = Math.min(value.length(), 120);
		StringBuilder quoted = new StringBuilder(limit + 8).append('\'');
		for (int i = 0; i < limit; i++) {
			char c = value.charAt(i);
			quoted.append((c < 0x20 || c == 0x7f) ? '?' : c);
		}
		return quoted.append((value.length() > limit) ? "...'" : "'").toString();
	}

	/**
	 * Why an origin the matcher refused was refused: malformed, or simply not allowed.
	 */
	static Reason originReason(String origin) {
		return (origin.equals("null") || OriginSyntax.parse(origin) != OriginSyntax.MALFORMED) ? Reason.ORIGIN
				: Reason.MALFORMED;
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

	/**
	 * Whether a value is only the optional white space of an HTTP list (spaces and tabs),
	 * which names nothing. Other white space, such as CR, LF or vertical tab, is a
	 * character outside a token.
	 */
	private static boolean isOptionalWhitespace(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (!isWhitespace(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isTrue(@Nullable String value) {
		return value != null && value.equalsIgnoreCase("true");
	}

}
