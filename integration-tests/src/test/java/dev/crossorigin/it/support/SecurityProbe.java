package dev.crossorigin.it.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.server.WebFilter;

/**
 * Records which requests reached Spring Security's filter chain: a test marks a request
 * with a unique {@value #HEADER} header, and a filter placed first in the security chain
 * notes the marks it sees.
 */
public final class SecurityProbe {

	/** The request header carrying a request's mark. */
	public static final String HEADER = "X-Probe";

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	/** A new mark for one request. */
	public static String mark() {
		return UUID.randomUUID().toString();
	}

	/** Whether Spring Security's filter chain saw the request with this mark. */
	public boolean reachedSecurity(String mark) {
		return this.seen.contains(mark);
	}

	/** The filter to put first in a servlet {@code SecurityFilterChain}. */
	public Filter servletFilter() {
		return (request, response, chain) -> {
			record(((HttpServletRequest) request).getHeader(HEADER));
			chain.doFilter(request, response);
		};
	}

	/** The filter to put first in a reactive {@code SecurityWebFilterChain}. */
	public WebFilter webFilter() {
		return (exchange, chain) -> {
			record(exchange.getRequest().getHeaders().getFirst(HEADER));
			return chain.filter(exchange);
		};
	}

	private void record(String mark) {
		if (mark != null) {
			this.seen.add(mark);
		}
	}

}
