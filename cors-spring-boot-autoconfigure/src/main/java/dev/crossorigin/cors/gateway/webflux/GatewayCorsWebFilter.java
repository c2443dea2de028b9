package dev.crossorigin.cors.gateway.webflux;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.GatewayCorsMode;
import dev.crossorigin.cors.policy.CorsHeaders;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Notes, before the gateway routes an exchange and its route filters rewrite the path,
 * what the starter does with its CORS ({@link #MODE_ATTRIBUTE}), for the gateway's header
 * filters to act on later. A preflight on a pass-through path is routed to the service
 * like any request: Spring's handler mapping answers every preflight it recognises
 * itself, so the filter hides its {@code Access-Control-Request-Method} from the gateway
 * ({@link #PREFLIGHT_METHOD_ATTRIBUTE}) and {@link PassThroughPreflightHeadersFilter}
 * restores it on the proxied request.
 *
 * <p>
 * Ordered after Spring Security's {@code WebFilterChainProxy}, so Spring Security sees
 * the request as the client sent it.
 */
public class GatewayCorsWebFilter implements WebFilter, Ordered {

	/** The exchange attribute holding the {@link GatewayCorsMode}, when not NONE. */
	public static final String MODE_ATTRIBUTE = GatewayCorsWebFilter.class.getName() + ".mode";

	/**
	 * The exchange attribute holding the {@code Access-Control-Request-Method} of a
	 * pass-through preflight, hidden until the request is proxied.
	 */
	public static final String PREFLIGHT_METHOD_ATTRIBUTE = GatewayCorsWebFilter.class.getName() + ".preflightMethod";

	/** After Spring Security's {@code WebFilterChainProxy} (-100). */
	public static final int ORDER = 0;

	private final LiveGatewayCorsMappings mappings;

	/**
	 * A filter noting the modes of a policy's mappings.
	 * @param mappings the modes
	 */
	public GatewayCorsWebFilter(LiveGatewayCorsMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		GatewayCorsMode mode = this.mappings.modeFor(request.getPath().pathWithinApplication());
		if (mode == GatewayCorsMode.NONE) {
			return chain.filter(exchange);
		}
		exchange.getAttributes().put(MODE_ATTRIBUTE, mode);
		String preflightMethod = (mode == GatewayCorsMode.PASS_THROUGH) ? preflightMethod(request) : null;
		if (preflightMethod == null) {
			return chain.filter(exchange);
		}
		exchange.getAttributes().put(PREFLIGHT_METHOD_ATTRIBUTE, preflightMethod);
		return chain.filter(exchange.mutate().request(new PreflightMethodHidden(request)).build());
	}

	private static @Nullable String preflightMethod(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		return (HttpMethod.OPTIONS.equals(request.getMethod()) && headers.getFirst(CorsHeaders.ORIGIN) != null)
				? headers.getFirst(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
	}

	/** The request without its {@code Access-Control-Request-Method}. */
	private static final class PreflightMethodHidden extends ServerHttpRequestDecorator {

		private final HttpHeaders headers = new HttpHeaders();

		PreflightMethodHidden(ServerHttpRequest request) {
			super(request);
			request.getHeaders().forEach((name, values) -> {
				if (!CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD.equalsIgnoreCase(name)) {
					this.headers.addAll(name, values);
				}
			});
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
