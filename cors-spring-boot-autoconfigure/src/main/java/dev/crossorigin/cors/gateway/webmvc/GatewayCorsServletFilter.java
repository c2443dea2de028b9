package dev.crossorigin.cors.gateway.webmvc;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.GatewayCorsMode;
import dev.crossorigin.cors.policy.CorsHeaders;
import dev.crossorigin.cors.servlet.ServletRoutingPath;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Notes, before the gateway routes a request and its filters rewrite the path, what the
 * starter does with its CORS ({@link #MODE_ATTRIBUTE}), for the gateway's header filters
 * to act on later. A preflight on a pass-through path is routed to the service like any
 * request: Spring's handler mappings answer every preflight they recognise themselves, so
 * the filter hides its {@code Access-Control-Request-Method} from the gateway
 * ({@link #PREFLIGHT_METHOD_ATTRIBUTE}) and {@link PassThroughPreflightHeadersFilter}
 * restores it on the proxied request.
 *
 * <p>
 * Registered after Spring Security's filter chain, so Spring Security sees the request as
 * the client sent it.
 */
public class GatewayCorsServletFilter implements Filter {

	/** The request attribute holding the {@link GatewayCorsMode}, when not NONE. */
	public static final String MODE_ATTRIBUTE = GatewayCorsServletFilter.class.getName() + ".mode";

	/**
	 * The request attribute holding the {@code Access-Control-Request-Method} of a
	 * pass-through preflight, hidden until the request is proxied.
	 */
	public static final String PREFLIGHT_METHOD_ATTRIBUTE = GatewayCorsServletFilter.class.getName()
			+ ".preflightMethod";

	/** After Spring Security's filter chain (-100). */
	public static final int ORDER = 0;

	private final LiveGatewayCorsMappings mappings;

	/**
	 * A filter noting the modes of a policy's mappings.
	 * @param mappings the modes
	 */
	public GatewayCorsServletFilter(LiveGatewayCorsMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest httpRequest)) {
			chain.doFilter(request, response);
			return;
		}
		GatewayCorsMode mode = this.mappings.modeFor(ServletRoutingPath.of(httpRequest));
		if (mode == GatewayCorsMode.NONE) {
			chain.doFilter(request, response);
			return;
		}
		httpRequest.setAttribute(MODE_ATTRIBUTE, mode);
		String preflightMethod = (mode == GatewayCorsMode.PASS_THROUGH) ? preflightMethod(httpRequest) : null;
		if (preflightMethod == null) {
			chain.doFilter(request, response);
			return;
		}
		httpRequest.setAttribute(PREFLIGHT_METHOD_ATTRIBUTE, preflightMethod);
		chain.doFilter(new PreflightMethodHidden(httpRequest), response);
	}

	private static @Nullable String preflightMethod(HttpServletRequest request) {
		return ("OPTIONS".equals(request.getMethod()) && request.getHeader(CorsHeaders.ORIGIN) != null)
				? request.getHeader(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
	}

	/** The request without its {@code Access-Control-Request-Method}. */
	private static final class PreflightMethodHidden extends HttpServletRequestWrapper {

		PreflightMethodHidden(HttpServletRequest request) {
			super(request);
		}

		private static boolean hidden(String name) {
			return CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD.equalsIgnoreCase(name);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !hidden(name)).toList());
		}

	}

}
