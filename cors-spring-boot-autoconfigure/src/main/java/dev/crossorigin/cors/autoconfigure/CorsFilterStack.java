package dev.crossorigin.cors.autoconfigure;

import java.util.Locale;

import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.ClassUtils;

/**
 * Where the starter's filter runs in an application context, found by type among its
 * beans: a {@link FilterRegistrationBean} of a {@link CorsServletFilter} (the starter's
 * own or one an application registers itself), or a {@link CorsReactiveWebFilter}.
 *
 * @param stack the web stack
 * @param order the filter's order, or {@code null} without a filter
 */
record CorsFilterStack(Stack stack, @Nullable Integer order) {

	private static final boolean SERVLET_PRESENT = ClassUtils.isPresent("jakarta.servlet.Filter", null)
			&& ClassUtils.isPresent("org.springframework.boot.web.servlet.FilterRegistrationBean", null);

	private static final boolean REACTIVE_PRESENT = ClassUtils.isPresent("org.springframework.web.server.WebFilter",
			null);

	/** The filter of a context, without creating any bean that does not exist yet. */
	static CorsFilterStack of(ListableBeanFactory beans) {
		if (SERVLET_PRESENT) {
			Integer order = Servlet.order(beans);
			if (order != null) {
				return new CorsFilterStack(Stack.SERVLET, order);
			}
		}
		if (REACTIVE_PRESENT) {
			Integer order = Reactive.order(beans);
			if (order != null) {
				return new CorsFilterStack(Stack.REACTIVE, order);
			}
		}
		return new CorsFilterStack(Stack.NONE, null);
	}

	/** The web stacks the starter has a filter for. */
	enum Stack {

		/** Spring MVC: a servlet {@code Filter}. */
		SERVLET,

		/** Spring WebFlux: a {@code WebFilter}. */
		REACTIVE,

		/** No filter: not a web application, or the application removed it. */
		NONE;

		/** The name shown in logs and by the Actuator endpoint. */
		String displayName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Touches servlet types only when the servlet API is present. */
	private static final class Servlet {

		static @Nullable Integer order(ListableBeanFactory beans) {
			for (FilterRegistrationBean<?> registration : beans
				.getBeansOfType(FilterRegistrationBean.class, false, false)
				.values()) {
				if (registration.getFilter() instanceof CorsServletFilter) {
					return registration.getOrder();
				}
			}
			return null;
		}

	}

	/** Touches WebFlux types only when WebFlux is present. */
	private static final class Reactive {

		static @Nullable Integer order(ListableBeanFactory beans) {
			return beans.getBeansOfType(CorsReactiveWebFilter.class, false, false)
				.values()
				.stream()
				.findFirst()
				.map(CorsReactiveWebFilter::getOrder)
				.orElse(null);
		}

	}

}
