package dev.crossorigin.cors.policy;

import java.util.List;

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

	CompiledPolicy(List<CorsMapping> mappings) {
		this.rules = mappings.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
		this.pathIndependent = this.rules.length == 1 && this.rules[0].paths.matchesAll();
	}

	/**
	 * The decision: which mapping covers the request, whether it is a CORS request at
	 * all, and whether it is a preflight; the mapping's rule does the rest.
	 */
	<Q, R> CorsDecision decide(Q request, CorsRequestReader<Q> reader, R response, CorsResponseWriter<R> writer,
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
		boolean originAllowed = rule.allowsOrigin(origin);
		// Only an origin the policy refuses needs the comparison: it keeps a same-origin
		// request behind a proxy, whose Origin is not listed but is the site itself, from
		// having its preflight refused.
		if (!originAllowed
				&& SameOrigin.matches(origin, reader.scheme(request), reader.host(request), reader.port(request))) {
			return rule.notCors(response, writer);
		}
		String requestMethod = "OPTIONS".equals(reader.method(request))
				? reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
		if (requestMethod != null) {
			return rule.preflight(origin, originAllowed, requestMethod,
					reader.headerList(request, CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS),
					reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK), response, writer,
					findings);
		}
		return rule.actual(origin, originAllowed, response, writer, findings);
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
