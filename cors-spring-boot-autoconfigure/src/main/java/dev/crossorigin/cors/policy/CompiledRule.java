package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.Findings.Malformed;
import org.jspecify.annotations.Nullable;

import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.VARY_PREFLIGHT;

/**
 * One mapping compiled for request time: matchers built and every header value that does
 * not depend on the request computed once. Its methods are the request rules of one
 * mapping; each records what it found in a {@link Findings} when given one.
 */
final class CompiledRule {

	final CorsMapping mapping;

	final PathMatcher paths;

	private final OriginMatcher origins;

	private final boolean anyMethod;

	private final Set<String> methods;

	/** The allowed request headers, or {@code null} for any. */
	private final @Nullable HeaderNameSet headers;

	/** {@code Access-Control-Request-Headers} values accepted lately. */
	private final RecentMatches acceptedRequestHeaders = new RecentMatches();

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

	CompiledRule(CorsMapping mapping) {
		this.mapping = mapping;
		this.paths = PathMatcher.compile(mapping.paths());
		boolean anyOrigin = mapping.allowedOrigins().contains("*");
		List<OriginPattern> patterns = new ArrayList<>();
		for (String pattern : mapping.allowedOriginPatterns()) {
			patterns.add(OriginPattern.parse(pattern).orElseThrow());
		}
		this.origins = new OriginMatcher(anyOrigin, new HashSet<>(mapping.allowedOrigins()), patterns);
		this.anyMethod = mapping.allowedMethods().contains("*");
		this.methods = Set.copyOf(mapping.allowedMethods());
		this.headers = mapping.allowedHeaders().contains("*") ? null : new HeaderNameSet(mapping.allowedHeaders());
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

	/** Whether the origin is allowed; the one origin lookup a decision makes. */
	boolean allowsOrigin(String origin) {
		return this.origins.matches(origin);
	}

	/** A request that is not a CORS request passes through without CORS headers. */
	<R> CorsDecision notCors(R response, CorsResponseWriter<R> writer) {
		varyOnOriginIfAnyIsAllowed(response, writer);
		return CorsDecision.NOT_CORS;
	}

	/**
	 * An actual request: from an allowed origin it gets its CORS headers before the
	 * application runs; from any other it proceeds without them.
	 * @param allowedBy what allowed the origin, or {@code null} when nothing did
	 */
	<R> CorsDecision actual(String origin, @Nullable AllowedBy allowedBy, R response, CorsResponseWriter<R> writer,
			@Nullable Findings findings) {
		if (allowedBy == null) {
			varyOnOriginIfAnyIsAllowed(response, writer);
			return CorsDecision.actualRejected(originReason(origin, findings));
		}
		writeAllowOrigin(origin, response, writer);
		if (this.exposeHeaders != null) {
			writer.setHeader(response, ACCESS_CONTROL_EXPOSE_HEADERS, this.exposeHeaders);
		}
		writer.addVary(response, ORIGIN);
		return CorsDecision.actualAllowed(allowedBy);
	}

	/**
	 * A preflight: accepted with the headers that answer it, or rejected with none but
	 * {@code Vary}. Its checks, in order: the origin, the method, the request headers,
	 * the private network request; each request header is read only once the checks
	 * before it have passed, so a preflight refused for its origin or method costs no
	 * other read.
	 * @param allowedBy what allowed the origin, or {@code null} when nothing did
	 */
	<Q, R> CorsDecision preflight(String origin, @Nullable AllowedBy allowedBy, String requestMethod, Q request,
			CorsRequestReader<Q> reader, R response, CorsResponseWriter<R> writer, @Nullable Findings findings) {
		writer.addVary(response, this.varyPreflight);
		if (findings != null) {
			findings.requestMethod = requestMethod;
		}
		if (allowedBy == null) {
			return CorsDecision.preflightRejected(originReason(origin, findings));
		}
		if (!HttpTokens.isToken(requestMethod)) {
			return CorsDecision.preflightRejected(Findings.malformed(findings, Malformed.REQUEST_METHOD));
		}
		if (!this.anyMethod && !this.methods.contains(requestMethod)) {
			return CorsDecision.preflightRejected(Reason.METHOD);
		}
		String requestHeaders = reader.headerList(request, ACCESS_CONTROL_REQUEST_HEADERS);
		if (requestHeaders != null) {
			if (findings != null) {
				findings.requestHeaders = requestHeaders;
			}
			Reason headersReason = checkRequestHeaders(requestHeaders, findings);
			if (headersReason != null) {
				return CorsDecision.preflightRejected(headersReason);
			}
		}
		// Read whole: "true" on one line of several does not ask for private network
		// access.
		boolean privateNetwork = isTrue(reader.headerList(request, ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK));
		if (privateNetwork && !this.allowPrivateNetwork) {
			return CorsDecision.preflightRejected(Reason.PRIVATE_NETWORK);
		}
		acceptPreflight(origin, requestMethod, requestHeaders, privateNetwork, response, writer);
		return CorsDecision.preflightAccepted(allowedBy);
	}

	/** Writes the headers that answer an accepted preflight. */
	private <R> void acceptPreflight(String origin, String requestMethod, @Nullable String requestHeaders,
			boolean privateNetwork, R response, CorsResponseWriter<R> writer) {
		writeAllowOrigin(origin, response, writer);
		writer.setHeader(response, ACCESS_CONTROL_ALLOW_METHODS,
				(this.allowMethods != null) ? this.allowMethods : requestMethod);
		if (requestHeaders != null) {
			String names = HttpTokens.trimOws(requestHeaders);
			if (!names.isEmpty()) {
				writer.setHeader(response, ACCESS_CONTROL_ALLOW_HEADERS, names);
			}
		}
		writer.setHeader(response, ACCESS_CONTROL_MAX_AGE, this.maxAge);
		if (privateNetwork) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK, "true");
		}
	}

	/**
	 * Allows the origin to read the response: {@code Access-Control-Allow-Origin} is the
	 * request's origin, or {@code *} when any origin is allowed without credentials, and
	 * {@code Access-Control-Allow-Credentials: true} comes only with credentials.
	 */
	private <R> void writeAllowOrigin(String origin, R response, CorsResponseWriter<R> writer) {
		writer.setHeader(response, ACCESS_CONTROL_ALLOW_ORIGIN, (this.allowOrigin != null) ? this.allowOrigin : origin);
		if (this.allowCredentials != null) {
			writer.setHeader(response, ACCESS_CONTROL_ALLOW_CREDENTIALS, this.allowCredentials);
		}
	}

	/**
	 * A response without CORS headers varies on {@code Origin} where some origin is
	 * allowed: with another {@code Origin}, the same request would have got them.
	 */
	private <R> void varyOnOriginIfAnyIsAllowed(R response, CorsResponseWriter<R> writer) {
		if (this.varyOnOrigin) {
			writer.addVary(response, ORIGIN);
		}
	}

	/**
	 * Checks {@code Access-Control-Request-Headers} against the allowed names; a value
	 * accepted lately is accepted again without a scan. (An accepted value leaves nothing
	 * in the findings, so a hit records what a scan would.)
	 */
	private @Nullable Reason checkRequestHeaders(String requestHeaders, @Nullable Findings findings) {
		if (this.acceptedRequestHeaders.contains(requestHeaders)) {
			return null;
		}
		Reason reason = RequestHeaderList.check(requestHeaders, this.headers, findings);
		if (reason == null) {
			this.acceptedRequestHeaders.remember(requestHeaders);
		}
		return reason;
	}

	/**
	 * Why an origin the matcher refused was refused: malformed, or simply not allowed
	 * (the opaque {@code null} origin is well formed, though no pattern can match it).
	 */
	private static Reason originReason(String origin, @Nullable Findings findings) {
		return (origin.equals("null") || OriginSyntax.isOrigin(origin)) ? Reason.ORIGIN
				: Findings.malformed(findings, Malformed.ORIGIN);
	}

	private static boolean isTrue(@Nullable String value) {
		return value != null && value.equalsIgnoreCase("true");
	}

}
