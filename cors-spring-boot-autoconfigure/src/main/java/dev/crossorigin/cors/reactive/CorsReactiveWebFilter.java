package dev.crossorigin.cors.reactive;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Applies a {@link CorsPolicy} on the reactive stack: answers preflights itself, and sets
 * the CORS headers of an actual request before the rest of the chain runs, so error
 * responses carry them too.
 */
public class CorsReactiveWebFilter implements WebFilter, Ordered {

	// Resolved once: HttpStatusCode.valueOf scans every HttpStatus constant for the code
	// on each call.
	private static final HttpStatusCode NO_CONTENT = HttpStatusCode.valueOf(204);

	private static final HttpStatusCode FORBIDDEN = HttpStatusCode.valueOf(403);

	private static final MediaType REJECTION_BODY_TYPE = MediaType
		.parseMediaType(CorsFilterSupport.REJECTION_BODY_TYPE);

	// getFirst and getValuesAsList have the same binary signature in Spring Framework 6.2
	// and 7 (get and getOrEmpty take an Object in 6.2 and a String in 7), so a jar built
	// against one runs on the other; getFirst tells that a header is absent without
	// building a list on Netty's headers.
	private static final CorsResponseWriter<HttpHeaders> WRITER = CorsResponseWriter.of(HttpHeaders::set,
			(headers, name) -> headers.getFirst(name) != null, HttpHeaders::getValuesAsList);

	private final CorsFilterSupport support;

	private final int order;

	/**
	 * A filter applying a policy.
	 * @param policy the policy
	 * @param order the filter's order among WebFilters
	 */
	public CorsReactiveWebFilter(CorsPolicy policy, int order) {
		this(new LiveCorsPolicy(policy, "code"), order, CorsDecisionListener.NONE, false);
	}

	/**
	 * A filter applying the policy in force, read once per request.
	 * @param policy the live policy
	 * @param order the filter's order among WebFilters
	 * @param listener told of every decision, for metrics
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 */
	public CorsReactiveWebFilter(LiveCorsPolicy policy, int order, CorsDecisionListener listener, boolean debug) {
		this(policy, order, listener, debug, null);
	}

	/**
	 * A filter applying the policy in force, read once per request, that asks a lookup
	 * about origins the policy would refuse on paths allowing dynamic origins. The answer
	 * is awaited without blocking: a cached one is used at once, any other resumes the
	 * request when it arrives.
	 * @param policy the live policy
	 * @param order the filter's order among WebFilters
	 * @param listener told of every decision, for metrics
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 * @param lookup the lookup, or {@code null} for none
	 */
	public CorsReactiveWebFilter(LiveCorsPolicy policy, int order, CorsDecisionListener listener, boolean debug,
			@Nullable DynamicOriginLookup lookup) {
		this.support = new CorsFilterSupport(policy, listener, debug, lookup);
		this.order = order;
	}

	/** The policy this filter applies to requests from now on. */
	public CorsPolicy getPolicy() {
		return this.support.policy();
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// One read of the live policy: the whole request is decided by the policy in
		// force when it started.
		CorsPolicy policy = this.support.policy();
		ServerHttpRequest request = exchange.getRequest();
		CorsDecision decision = this.support.decide(policy, request, RequestReader.INSTANCE,
				exchange.getResponse().getHeaders(), WRITER, true);
		if (decision != null) {
			return proceed(policy, decision, this.support.lookup(), exchange, chain);
		}
		CompletableFuture<Boolean> answer = this.support.lookUp(policy, request, RequestReader.INSTANCE);
		if (answer.isDone()) {
			return decideWith(policy, CorsFilterSupport.isAllowed(answer), exchange, chain);
		}
		// A pending lookup resumes the request on a thread of Reactor's parallel
		// scheduler, never on the thread that completed the answer (it may be the JDK's
		// timeout thread). Cancelling the request leaves the shared answer alone.
		return Mono.fromFuture(answer, true)
			.onErrorReturn(false)
			.defaultIfEmpty(false)
			.publishOn(Schedulers.parallel())
			.flatMap((allowed) -> decideWith(policy, allowed, exchange, chain));
	}

	private Mono<Void> decideWith(CorsPolicy policy, boolean allowedByLookup, ServerWebExchange exchange,
			WebFilterChain chain) {
		CorsDecision decision = this.support.decide(policy, exchange.getRequest(), RequestReader.INSTANCE,
				exchange.getResponse().getHeaders(), WRITER, true, allowedByLookup);
		return proceed(policy, decision, DynamicOriginLookup.answered(allowedByLookup), exchange, chain);
	}

	private Mono<Void> proceed(CorsPolicy policy, CorsDecision decision, @Nullable DynamicOriginLookup decidedWith,
			ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse response = exchange.getResponse();
		if (decision.isPreflight()) {
			response.setStatusCode(statusCode(decision.preflightStatus()));
			byte[] body = this.support.rejectionBody(policy, exchange.getRequest(), RequestReader.INSTANCE, decision,
					decidedWith);
			if (body != null) {
				response.getHeaders().setContentType(REJECTION_BODY_TYPE);
				response.getHeaders().setContentLength(body.length);
				return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
			}
			// WebFlux completes the response once the filter chain is done, as it does
			// after Spring's CorsWebFilter.
			return Mono.empty();
		}
		if (decision.type() == CorsDecision.Type.ACTUAL_ALLOWED) {
			// WebFlux puts a ResponseEntity's Vary over the response's own (Spring MVC
			// merges them), which would drop Origin and let a cache serve one origin's
			// response to another: Origin is merged back in at commit. Only a response
			// carrying CORS headers needs it, so no other response pays for a callback.
			response.beforeCommit(() -> {
				keepOrigin(response.getHeaders());
				return Mono.empty();
			});
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

		/**
		 * {@code HttpHeaders.get}, which takes an {@code Object} in Spring Framework 6.2
		 * and a {@code String} in 7: resolved once, so that one jar reads every line of a
		 * header on both.
		 */
		private static final MethodHandle GET_LINES = headerLinesGetter();

		private static MethodHandle headerLinesGetter() {
			MethodHandles.Lookup lookup = MethodHandles.publicLookup();
			MethodType type = MethodType.methodType(List.class, HttpHeaders.class, String.class);
			for (Class<?> parameter : new Class<?>[] { String.class, Object.class }) {
				try {
					return lookup.findVirtual(HttpHeaders.class, "get", MethodType.methodType(List.class, parameter))
						.asType(type);
				}
				catch (NoSuchMethodException | IllegalAccessException ex) {
					// try the other signature
				}
			}
			throw new IllegalStateException("No HttpHeaders.get(String) or HttpHeaders.get(Object)");
		}

		@Override
		public String method(ServerHttpRequest request) {
			return request.getMethod().name();
		}

		@Override
		public PathContainer path(ServerHttpRequest request) {
			// What WebFlux routes on, parsed once per request by WebFlux itself, with
			// spring.webflux.base-path already stripped.
			return request.getPath().pathWithinApplication();
		}

		@Override
		public @Nullable String header(ServerHttpRequest request, String name) {
			return request.getHeaders().getFirst(name);
		}

		@Override
		public @Nullable String headerList(ServerHttpRequest request, String name) {
			List<String> lines = lines(request.getHeaders(), name);
			return (lines != null) ? CorsRequestReader.joinLines(lines.iterator()) : null;
		}

		@SuppressWarnings("unchecked")
		private static @Nullable List<String> lines(HttpHeaders headers, String name) {
			try {
				return (List<String>) GET_LINES.invokeExact(headers, name);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("HttpHeaders.get failed", ex);
			}
		}

		// Behind a proxy the URI reflects X-Forwarded-* / Forwarded once Spring's
		// ForwardedHeaderTransformer or Reactor Netty's forwarded handling has applied
		// them.
		@Override
		public @Nullable String scheme(ServerHttpRequest request) {
			return request.getURI().getScheme();
		}

		@Override
		public @Nullable String host(ServerHttpRequest request) {
			return request.getURI().getHost();
		}

		@Override
		public int port(ServerHttpRequest request) {
			return CorsRequestReader.effectivePort(request.getURI().getScheme(), request.getURI().getPort());
		}

	}

	/**
	 * Puts {@code Origin} back into {@code Vary} if the application replaced it; in the
	 * common case, where the first {@code Vary} line still lists it, without building
	 * anything.
	 */
	private static void keepOrigin(HttpHeaders headers) {
		String first = headers.getFirst(CorsHeaders.VARY);
		if (first == null || !VaryHeader.lists(first, CorsHeaders.ORIGIN)) {
			WRITER.addVary(headers, CorsHeaders.ORIGIN);
		}
	}

}
