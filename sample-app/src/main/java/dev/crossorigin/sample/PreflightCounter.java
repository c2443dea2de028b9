package dev.crossorigin.sample;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts the CORS preflights that reach the server and reports the count at
 * {@code GET /api/preflights}, so that one can see when a browser answers from its
 * preflight cache instead of asking again.
 *
 * <p>
 * The counting filter runs first of all filters: the CORS filter answers preflights
 * without passing them on.
 */
@RestController
class PreflightCounter {

	private final AtomicLong count = new AtomicLong();

	@GetMapping("/api/preflights")
	Map<String, Object> preflights() {
		return Map.of("count", this.count.get());
	}

	void count(String method, String origin, String requestMethod) {
		if ("OPTIONS".equals(method) && origin != null && requestMethod != null) {
			this.count.incrementAndGet();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class ServletCounting {

		@Bean
		FilterRegistrationBean<Filter> preflightCountingFilter(PreflightCounter counter) {
			Filter filter = (request, response, chain) -> {
				if (request instanceof HttpServletRequest http) {
					counter.count(http.getMethod(), http.getHeader(HttpHeaders.ORIGIN),
							http.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD));
				}
				chain.doFilter(request, response);
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
			registration.setName("preflightCountingFilter");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveCounting {

		@Bean
		WebFilter preflightCountingWebFilter(PreflightCounter counter) {
			return new CountingWebFilter(counter);
		}

	}

	private record CountingWebFilter(PreflightCounter counter) implements WebFilter, Ordered {

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			HttpHeaders headers = exchange.getRequest().getHeaders();
			this.counter.count(exchange.getRequest().getMethod().name(), headers.getOrigin(),
					headers.getFirst(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD));
			return chain.filter(exchange);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
