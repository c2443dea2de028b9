package dev.crossorigin.cors.gateway.webmvc;

import dev.crossorigin.cors.policy.CorsHeaders;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Gives a pass-through preflight back the {@code Access-Control-Request-Method} that
 * {@link GatewayCorsServletFilter} hid from the gateway, so the service receives the
 * preflight exactly as the client sent it.
 */
public class PassThroughPreflightHeadersFilter implements RequestHttpHeadersFilter {

	@Override
	public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
		Object method = request.servletRequest().getAttribute(GatewayCorsServletFilter.PREFLIGHT_METHOD_ATTRIBUTE);
		if (!(method instanceof String value)) {
			return input;
		}
		HttpHeaders restored = new HttpHeaders();
		input.forEach(restored::addAll);
		restored.set(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, value);
		return restored;
	}

}
