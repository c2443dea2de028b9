package dev.crossorigin.cors.gateway.webmvc;

import java.util.ArrayList;
import java.util.List;

import dev.crossorigin.cors.gateway.DownstreamCorsHeaders;
import dev.crossorigin.cors.gateway.GatewayCorsMode;
import dev.crossorigin.cors.policy.CorsHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * On the paths the starter answers, drops a routed service's CORS headers from its
 * response, and merges what else the service's {@code Vary} lists into the starter's
 * {@code Vary} on the servlet response, so the client gets one set of CORS headers and
 * one {@code Vary} line: the gateway adds the service's headers to the servlet response
 * one by one, so a {@code Vary} left among them would become a second line.
 *
 * <p>
 * The gateway proxies on the thread that serves the request, where Spring's
 * {@link RequestContextHolder} holds the servlet request and response.
 */
public class DownstreamCorsResponseHeadersFilter implements ResponseHttpHeadersFilter {

	@Override
	public HttpHeaders apply(HttpHeaders input, ServerResponse serverResponse) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return input;
		}
		HttpServletRequest request = servlet.getRequest();
		if (request.getAttribute(GatewayCorsServletFilter.MODE_ATTRIBUTE) != GatewayCorsMode.ANSWER) {
			return input;
		}
		HttpServletResponse response = servlet.getResponse();
		HttpHeaders kept = DownstreamCorsHeaders.withoutCorsAndVary(input);
		String vary = DownstreamCorsHeaders.mergedVary(
				(response != null) ? new ArrayList<>(response.getHeaders(CorsHeaders.VARY)) : List.of(),
				input.getValuesAsList(CorsHeaders.VARY));
		if (vary == null) {
			return kept;
		}
		if (response != null) {
			response.setHeader(CorsHeaders.VARY, vary);
		}
		else {
			kept.set(CorsHeaders.VARY, vary);
		}
		return kept;
	}

}
