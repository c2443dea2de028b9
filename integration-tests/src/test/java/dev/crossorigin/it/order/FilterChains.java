package dev.crossorigin.it.order;

import java.util.List;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.handler.FilteringWebHandler;
import org.springframework.web.server.handler.WebHandlerDecorator;
import org.springframework.web.server.adapter.HttpWebHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the {@code WebFilter}s of the application's running {@link HttpHandler}, in the
 * order they are applied.
 */
final class ReactiveFilterChain {

	private ReactiveFilterChain() {
	}

	static List<String> filterNames(HttpHandler httpHandler) {
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
