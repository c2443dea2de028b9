package dev.crossorigin.cors.reactive;

import java.util.List;

import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsHeaders;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequestReader;
import dev.crossorigin.cors.policy.CorsResponseWriter;
import dev.crossorigin.cors.policy.VaryHeader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Applies a {@link CorsPolicy} on the reactive stack: answers preflights itself, and sets the CORS headers of an
 * actual request before the rest of the chain runs, so error responses carry them too.
 */
public class CorsReactiveWebFilter implements WebFilter, Ordered {

	// Resolved once: HttpStatusCode.valueOf scans every HttpStatus constant for the code on each call.
	private static final HttpStatusCode NO_CONTENT = HttpStatusCode.valueOf(204);

	private static final HttpStatusCode FORBIDDEN = HttpStatusCode.valueOf(403);

	private final CorsPolicy policy;

	private final int order;

	public CorsReactiveWebFilter(CorsPolicy policy, int order) {
		this.policy = policy;
		this.order = order;
	}

	/** The policy this filter applies. */
	public CorsPolicy getPolicy() {
		return this.policy;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsDecision decision = this.policy.decide(exchange.getRequest(), RequestReader.INSTANCE,
				exchange.getResponse().getHeaders(), ResponseWriter.INSTANCE);
		if (decision.isPreflight()) {
			exchange.getResponse().setStatusCode(statusCode(decision.preflightStatus()));
			return exchange.getResponse().setComplete();
		}
		return chain.filter(exchange);
	}

	private static HttpStatusCode statusCode(int status) {
		return switch (status) {
			case 204 -> NO_CONTENT;
			case 403 -> FORBIDDEN;
			default -> HttpStatusCode.valueOf(status);
		};
	}

	private static final class RequestReader implements CorsRequestReader<ServerHttpRequest> {

		static final RequestReader INSTANCE = new RequestReader();

		@Override
		public String method(ServerHttpRequest request) {
			return request.getMethod().name();
		}

		@Override
		public String path(ServerHttpRequest request) {
			return request.getPath().pathWithinApplication().value();
		}

		@Override
		public @Nullable String header(ServerHttpRequest request, String name) {
			return request.getHeaders().getFirst(name);
		}

	}

	private static final class ResponseWriter implements CorsResponseWriter<HttpHeaders> {

		static final ResponseWriter INSTANCE = new ResponseWriter();

		@Override
		public void setHeader(HttpHeaders headers, String name, String value) {
			headers.set(name, value);
		}

		@Override
		public void addVary(HttpHeaders headers, String names) {
			// Vary is usually absent. getFirst tells without the list that getOrEmpty builds on Netty's headers,
			// and, like getOrEmpty (unlike get), has the same signature in Spring Framework 6 and 7.
			if (headers.getFirst(CorsHeaders.VARY) == null) {
				headers.set(CorsHeaders.VARY, names);
				return;
			}
			List<String> existing = headers.getOrEmpty(CorsHeaders.VARY);
			String merged = VaryHeader.merge(existing, names);
			if (merged != null) {
				headers.set(CorsHeaders.VARY, merged);
			}
		}

	}

}
