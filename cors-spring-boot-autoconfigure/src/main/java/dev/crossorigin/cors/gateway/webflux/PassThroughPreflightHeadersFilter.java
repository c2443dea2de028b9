package dev.crossorigin.cors.gateway.webflux;

import dev.crossorigin.cors.policy.CorsHeaders;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives a pass-through preflight back the {@code Access-Control-Request-Method} that
 * {@link GatewayCorsWebFilter} hid from the gateway, so the service receives the
 * preflight exactly as the client sent it.
 */
public class PassThroughPreflightHeadersFilter implements HttpHeadersFilter {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		String method = exchange.getAttribute(GatewayCorsWebFilter.PREFLIGHT_METHOD_ATTRIBUTE);
		if (method == null) {
			return input;
		}
		HttpHeaders restored = new HttpHeaders();
		input.forEach(restored::addAll);
		restored.set(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, method);
		return restored;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

}
