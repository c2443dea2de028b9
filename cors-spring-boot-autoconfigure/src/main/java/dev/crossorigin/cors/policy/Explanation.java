package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.stream.Collectors;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import dev.crossorigin.cors.policy.CorsDecision.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * Renders a decision and its {@link Findings} as the one line {@link CorsPolicy#explain}
 * returns: what was decided and, for a rejection, which origin, method or header was
 * refused (or which limit passed) and what the mapping allows instead. It only formats:
 * every fact comes from the decision. Request values are quoted, shortened and stripped
 * of control characters, so the line is safe to log.
 */
final class Explanation {

	/** Longest part of a request value a line quotes. */
	private static final int QUOTED_LENGTH = 120;

	private Explanation() {
	}

	/**
	 * The line for a decision.
	 * @param method the request's method
	 * @param path the request's path, or {@code null} when it could not be read
	 * @param decision the decision
	 * @param findings what the decision found
	 * @return the explanation
	 */
	static String of(String method, @Nullable PathContainer path, CorsDecision decision, Findings findings) {
		String target = quote(method) + " " + quote((path != null) ? path.value() : null);
		String origin = quote(findings.origin);
		return switch (decision.type()) {
			case NOT_COVERED -> "CORS: " + target + " is not covered by an enabled mapping; the application handles it";
			case NOT_CORS -> (findings.origin != null)
					? "CORS: " + target + " comes from the server's own origin " + origin + "; not a CORS request"
					: "CORS: " + target + " has no Origin header; not a CORS request";
			case PREFLIGHT_ACCEPTED -> "CORS preflight accepted: " + target + " from origin " + origin + by(decision);
			case PREFLIGHT_REJECTED ->
				"CORS preflight rejected: " + target + " from origin " + origin + ": " + why(decision, findings);
			case ACTUAL_ALLOWED -> "CORS request allowed: " + target + " from origin " + origin + by(decision);
			case ACTUAL_REJECTED -> "CORS request from a disallowed origin (passed on without CORS headers): " + target
					+ ": " + why(decision, findings);
		};
	}

	/** What allowed an origin, where it was not the configuration. */
	private static String by(CorsDecision decision) {
		return switch ((decision.allowedBy() != null) ? decision.allowedBy() : AllowedBy.CONFIGURATION) {
			case CONFIGURATION -> "";
			case SNAPSHOT -> ", allowed by the dynamic origins' snapshot";
			case LOOKUP -> ", allowed by the origin lookup";
		};
	}

	private static String why(CorsDecision decision, Findings findings) {
		Reason reason = decision.reason();
		CorsMapping mapping = findings.mapping;
		if (reason == null || mapping == null) {
			throw new IllegalStateException(decision + " without a reason or a mapping");
		}
		return switch (reason) {
			case ORIGIN -> "origin " + quote(findings.origin) + " is not allowed; " + allowedOrigins(mapping);
			case METHOD -> "method " + quote(findings.requestMethod)
					+ " is not allowed (methods are case-sensitive); allowed methods: "
					+ String.join(", ", mapping.allowedMethods());
			case HEADERS -> "request header(s) " + quoteEach(findings.refusedHeaders)
					+ " not allowed; allowed headers: " + String.join(", ", mapping.allowedHeaders());
			case PRIVATE_NETWORK -> "Private Network Access was requested but allow-private-network is false";
			case MALFORMED -> malformed(findings);
		};
	}

	private static String allowedOrigins(CorsMapping mapping) {
		List<String> origins = mapping.allowedOrigins();
		List<String> patterns = mapping.allowedOriginPatterns();
		String dynamic = mapping.allowDynamicOrigins()
				? "; nor do the origins the application supplies at run time (allow-dynamic-origins)" : "";
		if (origins.isEmpty() && patterns.isEmpty()) {
			return mapping.allowDynamicOrigins() ? "no origin is configured here" + dynamic
					: "this policy allows no origin (set allowed-origins or allowed-origin-patterns)";
		}
		if (patterns.isEmpty()) {
			return "allowed origins: " + String.join(", ", origins) + dynamic;
		}
		String allowedPatterns = "allowed origin patterns: " + String.join(", ", patterns);
		return (origins.isEmpty() ? allowedPatterns
				: "allowed origins: " + String.join(", ", origins) + "; " + allowedPatterns) + dynamic;
	}

	private static String malformed(Findings findings) {
		if (findings.malformed == null) {
			throw new IllegalStateException("A malformed request without what was malformed");
		}
		String requestHeaders = findings.requestHeaders;
		return switch (findings.malformed) {
			case ORIGIN ->
				"origin " + quote(findings.origin) + " is malformed: not a serialised origin scheme://host[:port]";
			case REQUEST_METHOD ->
				"Access-Control-Request-Method " + quote(findings.requestMethod) + " is malformed: not a method token";
			case REQUEST_HEADERS_LENGTH -> "Access-Control-Request-Headers is malformed: "
					+ ((requestHeaders != null) ? requestHeaders.length() : 0) + " characters, more than the "
					+ RequestHeaderList.MAX_LENGTH + " accepted";
			case REQUEST_HEADERS_COUNT ->
				"Access-Control-Request-Headers is malformed: more than " + RequestHeaderList.MAX_COUNT + " names";
			case REQUEST_HEADERS_ELEMENT -> "Access-Control-Request-Headers " + quote(requestHeaders)
					+ " is malformed: each comma-separated element must be one header name";
		};
	}

	private static String quoteEach(List<String> values) {
		return values.stream().map(Explanation::quote).collect(Collectors.joining(", "));
	}

	/**
	 * Quotes a request-controlled value: shortened, with control characters replaced, so
	 * a crafted header cannot forge log lines.
	 */
	static String quote(@Nullable String value) {
		if (value == null) {
			return "(none)";
		}
		int limit = Math.min(value.length(), QUOTED_LENGTH);
		StringBuilder quoted = new StringBuilder(limit + 8).append('\'');
		for (int i = 0; i < limit; i++) {
			char c = value.charAt(i);
			quoted.append((c < 0x20 || c == 0x7f) ? '?' : c);
		}
		return quoted.append((value.length() > limit) ? "...'" : "'").toString();
	}

}
