package dev.crossorigin.it.order;

import java.net.http.HttpResponse;
import java.util.List;

import dev.crossorigin.it.support.Http;
import dev.crossorigin.it.support.SecuredApplications;

import org.springframework.context.ApplicationContext;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.adapter.HttpWebHandlerAdapter;
import org.springframework.web.server.handler.FilteringWebHandler;
import org.springframework.web.server.handler.WebHandlerDecorator;

import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters a running application really applies to a request, outermost first, on
 * either stack.
 */
final class FilterChains {

	private FilterChains() {
	}

	/**
	 * The names of the filters the application applies, outermost first: on WebFlux the
	 * {@code WebFilter}s of its running {@link HttpHandler}; on Spring MVC the servlet
	 * filters a request to {@link ServletFilterChainController} passed through, sent with
	 * the user's credentials, so that Spring Security lets it through, and with
	 * {@code X-Forwarded-Proto}, without which a {@code ForwardedHeaderFilter} steps
	 * aside (and out of the call stack).
	 * @param context the application
	 * @param http a client of the application
	 * @return the filters' simple class names
	 */
	static List<String> namesInOrder(ApplicationContext context, Http http) {
		HttpHandler httpHandler = context.getBeanProvider(HttpHandler.class).getIfAvailable();
		if (httpHandler != null) {
			return webFilterNames(httpHandler);
		}
		HttpResponse<String> response = http.get("/api/chain", "Authorization",
				Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD), "X-Forwarded-Proto", "http");
		assertThatResponse(response).hasStatus(200);
		return List.of(response.body().split(","));
	}

	private static List<String> webFilterNames(HttpHandler httpHandler) {
		assertThat(httpHandler).isInstanceOf(HttpWebHandlerAdapter.class);
		WebHandler handler = (HttpWebHandlerAdapter) httpHandler;
		while (!(handler instanceof FilteringWebHandler) && handler instanceof WebHandlerDecorator decorator) {
			handler = decorator.getDelegate();
		}
		assertThat(handler).isInstanceOf(FilteringWebHandler.class);
		return ((FilteringWebHandler) handler).getFilters()
			.stream()
			.map((filter) -> filter.getClass().getSimpleName())
			.toList();
	}

}
