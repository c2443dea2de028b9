package dev.crossorigin.cors.gateway.webflux;

import dev.crossorigin.cors.gateway.DownstreamCorsHeaders;
import dev.crossorigin.cors.gateway.GatewayCorsMode;
import dev.crossorigin.cors.policy.CorsHeaders;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * On the paths the starter answers, drops a routed service's CORS headers from its
 * response, and merges what else the service's {@code Vary} lists into the starter's
 * {@code Vary} on the gateway's response, so the client gets one set of CORS headers and
 * one {@code Vary}, whether the gateway then adds the service's headers to its response
 * or puts them over it.
 */
public class DownstreamCorsResponseHeadersFilter implements HttpHeadersFilter {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		Object mode = exchange.getAttribute(GatewayCorsWebFilter.MODE_ATTRIBUTE);
		if (mode != GatewayCorsMode.ANSWER) {
			return input;
		}
		HttpHeaders response = exchange.getResponse().getHeaders();
		String vary = DownstreamCorsHeaders.mergedVary(response.getValuesAsList(CorsHeaders.VARY),
				input.getValuesAsList(CorsHeaders.VARY));
		if (vary != null) {
			response.set(CorsHeaders.VARY, vary);
		}
		return DownstreamCorsHeaders.withoutCorsAndVary(input);
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.RESPONSE;
	}

}
