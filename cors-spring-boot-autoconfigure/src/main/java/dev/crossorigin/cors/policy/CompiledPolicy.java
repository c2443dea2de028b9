package dev.crossorigin.cors.policy;

import java.util.Arrays;
import java.util.List;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * A policy compiled for request time: its mappings' {@link CompiledRule rules} in the
 * order they are tried, and the decision that picks one for a request and lets it decide.
 */
final class CompiledPolicy {

	private final CompiledRule[] rules;

	/** Whether one rule covers every origin-form path, so deciding need not read it. */
	private final boolean pathIndependent;

	/** Whether an enabled rule allows dynamic origins, so a lookup may be needed. */
	private final boolean consultsDynamicOrigins;

	CompiledPolicy(List<CorsMapping> mappings) {
		this.rules = mappings.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
		this.pathIndependent = this.rules.length == 1 && this.rules[0].paths.matchesAll();
		this.consultsDynamicOrigins = Arrays.stream(this.rules)
			.anyMatch((rule) -> rule.enabled() && rule.allowDynamicOrigins);
	}

	/**
	 * The decision: which mapping covers the request, whether it is a CORS request at
	 * all, and whether it is a preflight; the mapping's rule does the rest. An origin
	 * that only the lookup could allow is decided by its
	 * {@link DynamicOriginLookup#knownAnswer known answer}; when it has none yet, the
	 * result is {@code null} and nothing has been written.
	 */
	<Q, R> @Nullable CorsDecision decide(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, DynamicOrigins dynamicOrigins, @Nullable DynamicOriginLookup lookup,
			@Nullable Findings findings) {
		CompiledRule rule = ruleFor(request, reader);
		if (rule == null) {
			return CorsDecision.NOT_COVERED;
		}
		String origin = reader.header(request, CorsHeaders.ORIGIN);
		if (findings != null) {
			findings.mapping = rule.mapping;
			findings.origin = origin;
		}
		if (origin == null) {
			return rule.notCors(response, writer);
		}
		// The request's own origin makes no CORS request, whether the policy lists it or
		// not (Spring's CorsUtils.isCorsRequest says the same): a site that lists its own
		// origin gets no CORS headers on its same-origin requests either.
		boolean sameOrigin = SameOrigin.matches(origin, reader.scheme(request), reader.host(request),
				reader.port(request));
		AllowedBy allowedBy = sameOrigin ? null : allowedBy(rule, origin, dynamicOrigins);
		if (allowedBy == null && !sameOrigin && lookup != null && rule.allowDynamicOrigins) {
			// A known answer is about an origin that was well-formed when it was asked
			// about; only an origin still to ask about needs checking first.
			switch (lookup.knownAnswer(origin)) {
				case ALLOWED -> allowedBy = AllowedBy.LOOKUP;
				case UNKNOWN -> {
					if (OriginSyntax.isOrigin(origin)) {
						return null;
					}
				}
				case REFUSED -> {
				}
			}
		}
		if (sameOrigin || allowedBy != null) {
			// What the first line would be granted, the whole header must say: an Origin
			// sent on several lines is their comma-separated list, never an origin, so it
			// is refused as malformed. A refused first line needs no second look.
			String whole = whole(request, reader, CorsHeaders.ORIGIN, origin);
			if (!whole.equals(origin)) {
				origin = whole;
				sameOrigin = false;
				allowedBy = null;
				if (findings != null) {
					findings.origin = whole;
				}
			}
		}
		if (sameOrigin) {
			return rule.notCors(response, writer);
		}
		String requestMethod = "OPTIONS".equals(reader.method(request))
				? reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
		if (requestMethod != null) {
			if (allowedBy != null) {
				// Likewise a requested method on several lines is a list, not a method.
				requestMethod = whole(request, reader, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, requestMethod);
			}
			return rule.preflight(origin, allowedBy, requestMethod, request, reader, response, writer, findings);
		}
		return rule.actual(origin, allowedBy, response, writer, findings);
	}

	/**
	 * A header whose first line has been read, read whole (RFC 9110 section 5.3): the
	 * first line itself when it is the only one, else every line joined into one list.
	 */
	private static <Q> String whole(Q request, CorsRequestReader<Q> reader, String name, String firstLine) {
		String whole = reader.headerList(request, name);
		return (whole != null) ? whole : firstLine;
	}

	/**
	 * What allows an origin on a rule without asking a lookup: its configured origins,
	 * then, where the rule allows dynamic origins, the snapshot; {@code null} when
	 * neither does.
	 */
	private static @Nullable AllowedBy allowedBy(CompiledRule rule, String origin, DynamicOrigins dynamicOrigins) {
		if (rule.allowsOrigin(origin)) {
			return AllowedBy.CONFIGURATION;
		}
		return (rule.allowDynamicOrigins && dynamicOrigins.allows(origin)) ? AllowedBy.SNAPSHOT : null;
	}

	/**
	 * The origin a lookup must be asked about: see {@link CorsPolicy#originToLookUp}.
	 */
	<Q> @Nullable String originToLookUp(Q request, CorsRequestReader<Q> reader, DynamicOrigins dynamicOrigins) {
		if (!this.consultsDynamicOrigins) {
			return null;
		}
		CompiledRule rule = ruleFor(request, reader);
		if (rule == null || !rule.allowDynamicOrigins) {
			return null;
		}
		String origin = reader.header(request, CorsHeaders.ORIGIN);
		if (origin == null || allowedBy(rule, origin, dynamicOrigins) != null || !OriginSyntax.isOrigin(origin)
				|| SameOrigin.matches(origin, reader.scheme(request), reader.host(request), reader.port(request))) {
			return null;
		}
		return origin;
	}

	/** Whether an enabled rule allows dynamic origins. */
	boolean consultsDynamicOrigins() {
		return this.consultsDynamicOrigins;
	}

	/**
	 * Which mapping covers a request: the first whose paths match the path Spring routes
	 * on, if it is enabled.
	 */
	<Q> @Nullable CompiledRule ruleFor(Q request, CorsRequestReader<Q> reader) {
		if (this.pathIndependent) {
			CompiledRule only = this.rules[0];
			return only.enabled() ? only : null;
		}
		PathContainer path = reader.path(request);
		return (path != null) ? ruleFor(path) : null;
	}

	@Nullable CompiledRule ruleFor(PathContainer path) {
		for (CompiledRule rule : this.rules) {
			if (rule.paths.matches(path)) {
				return rule.enabled() ? rule : null;
			}
		}
		return null;
	}

}
