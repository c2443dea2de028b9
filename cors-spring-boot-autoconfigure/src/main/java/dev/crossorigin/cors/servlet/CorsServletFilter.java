package dev.crossorigin.cors.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsDecisionListener;
import dev.crossorigin.cors.policy.CorsHeaders;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequestReader;
import dev.crossorigin.cors.policy.CorsResponseWriter;
import dev.crossorigin.cors.policy.VaryHeader;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link CorsPolicy} on the servlet stack: answers preflights itself, and sets
 * the CORS headers of an actual request before the rest of the chain runs, so error
 * responses carry them too.
 *
 * <p>
 * On an {@code ERROR} or {@code ASYNC} dispatch the headers are written again (they are
 * set, never added, so they are not duplicated) in case the container reset the response,
 * and preflights are not answered twice.
 */
public class CorsServletFilter implements Filter {

	private final CorsPolicy policy;

	private final CorsDecisionListener listener;

	private final boolean debug;

	/**
	 * A filter applying a policy.
	 * @param policy the policy
	 */
	public CorsServletFilter(CorsPolicy policy) {
		this(policy, CorsDecisionListener.NONE, false);
	}

	/**
	 * A filter applying a policy.
	 * @param policy the policy
	 * @param listener told of every decision, for metrics
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 */
	public CorsServletFilter(CorsPolicy policy, CorsDecisionListener listener, boolean debug) {
		this.policy = policy;
		this.listener = listener;
		this.debug = debug;
	}

	/** The policy this filter applies. */
	public CorsPolicy getPolicy() {
		return this.policy;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest httpRequest)
				|| !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		if (httpRequest.getDispatcherType() != DispatcherType.REQUEST) {
			this.policy.redecide(httpRequest, RequestReader.INSTANCE, httpResponse, ResponseWriter.INSTANCE);
			chain.doFilter(request, response);
			return;
		}
		CorsDecision decision = this.policy.decide(httpRequest, RequestReader.INSTANCE, httpResponse,
				ResponseWriter.INSTANCE);
		this.listener.onDecision(decision);
		if (decision.isPreflight()) {
			httpResponse.setStatus(decision.preflightStatus());
			if (this.debug && decision.type() == CorsDecision.Type.PREFLIGHT_REJECTED) {
				byte[] body = this.policy.explain(httpRequest, RequestReader.INSTANCE).getBytes(StandardCharsets.UTF_8);
				httpResponse.setContentType("text/plain;charset=UTF-8");
				httpResponse.setContentLength(body.length);
				httpResponse.getOutputStream().write(body);
			}
			else {
				httpResponse.setContentLength(0);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static final class RequestReader implements CorsRequestReader<HttpServletRequest> {

		static final RequestReader INSTANCE = new RequestReader();

		@Override
		public String method(HttpServletRequest request) {
			return request.getMethod();
		}

		@Override
		public String path(HttpServletRequest request) {
			// An ERROR dispatch reports the error page's URI; the decision must follow
			// the request that failed.
			Object errorUri = (request.getDispatcherType() == DispatcherType.ERROR)
					? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
			String uri = (errorUri instanceof String original) ? original : request.getRequestURI();
			String contextPath = request.getContextPath();
			return (contextPath.isEmpty() || !uri.startsWith(contextPath)) ? uri : uri.substring(contextPath.length());
		}

		@Override
		public @Nullable String header(HttpServletRequest request, String name) {
			return request.getHeader(name);
		}

		// Behind a proxy these reflect X-Forwarded-* / Forwarded once Spring's
		// ForwardedHeaderFilter (ordered
		// before this filter) or the container's own handling (Tomcat's RemoteIpValve)
		// has applied them.
		@Override
		public String scheme(HttpServletRequest request) {
			return request.getScheme();
		}

		@Override
		public String host(HttpServletRequest request) {
			return request.getServerName();
		}

		@Override
		public int port(HttpServletRequest request) {
			return request.getServerPort();
		}

	}

	private static final class ResponseWriter implements CorsResponseWriter<HttpServletResponse> {

		static final ResponseWriter INSTANCE = new ResponseWriter();

		@Override
		public void setHeader(HttpServletResponse response, String name, String value) {
			response.setHeader(name, value);
		}

		@Override
		public void addVary(HttpServletResponse response, String names) {
			if (!response.containsHeader(CorsHeaders.VARY)) {
				response.setHeader(CorsHeaders.VARY, names);
				return;
			}
			String merged = VaryHeader.merge(response.getHeaders(CorsHeaders.VARY), names);
			if (merged != null) {
				response.setHeader(CorsHeaders.VARY, merged);
			}
		}

	}

}
