package dev.crossorigin.cors.servlet;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsDecisionListener;
import dev.crossorigin.cors.policy.CorsFilterSupport;
import dev.crossorigin.cors.policy.CorsHeaders;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequestReader;
import dev.crossorigin.cors.policy.CorsResponseWriter;
import dev.crossorigin.cors.policy.DynamicOriginLookup;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.policy.VaryHeader;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

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

	private static final CorsResponseWriter<HttpServletResponse> WRITER = CorsResponseWriter
		.of(HttpServletResponse::setHeader, HttpServletResponse::containsHeader, HttpServletResponse::getHeaders);

	private final CorsFilterSupport support;

	/**
	 * A filter applying a policy.
	 * @param policy the policy
	 */
	public CorsServletFilter(CorsPolicy policy) {
		this(new LiveCorsPolicy(policy, "code"), CorsDecisionListener.NONE, false);
	}

	/**
	 * A filter applying the policy in force, read once per request.
	 * @param policy the live policy
	 * @param listener told of every decision, for metrics
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 */
	public CorsServletFilter(LiveCorsPolicy policy, CorsDecisionListener listener, boolean debug) {
		this(policy, listener, debug, null);
	}

	/**
	 * A filter applying the policy in force, read once per request, that asks a lookup
	 * about origins the policy would refuse on paths allowing dynamic origins. A cached
	 * answer is used at once; otherwise the request thread waits for the answer, which
	 * the lookup bounds by its timeout.
	 * @param policy the live policy
	 * @param listener told of every decision, for metrics
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 * @param lookup the lookup, or {@code null} for none
	 */
	public CorsServletFilter(LiveCorsPolicy policy, CorsDecisionListener listener, boolean debug,
			@Nullable DynamicOriginLookup lookup) {
		this.support = new CorsFilterSupport(policy, listener, debug, lookup);
	}

	/** The policy this filter applies to requests from now on. */
	public CorsPolicy getPolicy() {
		return this.support.policy();
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest httpRequest)
				|| !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		// One read of the live policy: the whole request is decided by the policy in
		// force when it started.
		CorsPolicy policy = this.support.policy();
		boolean firstDispatch = httpRequest.getDispatcherType() == DispatcherType.REQUEST;
		DynamicOriginLookup decidedWith = this.support.lookup();
		CorsDecision decision = this.support.decide(policy, httpRequest, RequestReader.INSTANCE, httpResponse, WRITER,
				firstDispatch);
		if (decision == null) {
			boolean allowed = await(this.support.lookUp(policy, httpRequest, RequestReader.INSTANCE));
			decidedWith = DynamicOriginLookup.answered(allowed);
			decision = this.support.decide(policy, httpRequest, RequestReader.INSTANCE, httpResponse, WRITER,
					firstDispatch, allowed);
		}
		if (!decision.isPreflight() || !firstDispatch) {
			chain.doFilter(request, keepingVary(decision, httpResponse));
			return;
		}
		httpResponse.setStatus(decision.preflightStatus());
		byte[] body = this.support.rejectionBody(policy, httpRequest, RequestReader.INSTANCE, decision, decidedWith);
		if (body != null) {
			httpResponse.setContentType(CorsFilterSupport.REJECTION_BODY_TYPE);
			httpResponse.setContentLength(body.length);
			httpResponse.getOutputStream().write(body);
		}
		else {
			httpResponse.setContentLength(0);
		}
	}

	/**
	 * Waits for the lookup's answer, which the lookup completes within its timeout. A
	 * failed or interrupted wait refuses the origin.
	 */
	private static boolean await(CompletableFuture<Boolean> answer) {
		try {
			return Boolean.TRUE.equals(answer.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			// The lookup reported the failure (or the timeout) when it happened.
			return false;
		}
	}

	/**
	 * A response carrying CORS headers is passed on wrapped, so that a controller that
	 * sets {@code Vary} itself cannot drop {@code Origin} from it and let a cache serve
	 * one origin's response to another; any other response is passed on as it is.
	 */
	private static HttpServletResponse keepingVary(CorsDecision decision, HttpServletResponse response) {
		return (decision.type() == CorsDecision.Type.ACTUAL_ALLOWED) ? new VaryKeepingResponse(response) : response;
	}

	private static final class RequestReader implements CorsRequestReader<HttpServletRequest> {

		static final RequestReader INSTANCE = new RequestReader();

		/**
		 * Holds the path a request was decided on, so that its {@code ERROR} and
		 * {@code ASYNC} dispatches are decided on the same path.
		 */
		private static final String PATH_ATTRIBUTE = CorsServletFilter.class.getName() + ".PATH";

		@Override
		public String method(HttpServletRequest request) {
			return request.getMethod();
		}

		@Override
		public @Nullable PathContainer path(HttpServletRequest request) {
			if (request.getAttribute(PATH_ATTRIBUTE) instanceof PathContainer decided) {
				return decided;
			}
			PathContainer path = ServletRoutingPath.of(request);
			if (path != null) {
				request.setAttribute(PATH_ATTRIBUTE, path);
			}
			return path;
		}

		@Override
		public @Nullable String header(HttpServletRequest request, String name) {
			return request.getHeader(name);
		}

		@Override
		public @Nullable String headerList(HttpServletRequest request, String name) {
			Enumeration<String> lines = request.getHeaders(name);
			return (lines != null) ? CorsRequestReader.joinLines(lines.asIterator()) : null;
		}

		// Behind a proxy these reflect X-Forwarded-* / Forwarded once Spring's
		// ForwardedHeaderFilter (ordered before this filter) or the container's own
		// handling (Tomcat's RemoteIpValve) has applied them.
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

	/**
	 * Merges {@code Vary: Origin} back into any {@code Vary} the application sets, as
	 * Spring MVC does for a {@code ResponseEntity}'s own {@code Vary}.
	 */
	private static final class VaryKeepingResponse extends HttpServletResponseWrapper {

		VaryKeepingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (value != null && CorsHeaders.VARY.equalsIgnoreCase(name)) {
				String merged = VaryHeader.merge(List.of(value), CorsHeaders.ORIGIN);
				super.setHeader(name, (merged != null) ? merged : value);
				return;
			}
			super.setHeader(name, value);
		}

	}

}
