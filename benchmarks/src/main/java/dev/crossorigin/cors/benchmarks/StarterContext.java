package dev.crossorigin.cors.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;

import dev.crossorigin.cors.autoconfigure.CorsAutoConfiguration;
import dev.crossorigin.cors.autoconfigure.CorsEndpointAutoConfiguration;
import dev.crossorigin.cors.autoconfigure.CorsMetricsAutoConfiguration;
import dev.crossorigin.cors.autoconfigure.CorsOriginLookup;
import dev.crossorigin.cors.autoconfigure.CorsOriginSource;
import dev.crossorigin.cors.autoconfigure.CorsOrigins;
import dev.crossorigin.cors.autoconfigure.ReactiveCorsOriginLookup;
import dev.crossorigin.cors.benchmarks.Scenario.PolicyShape;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.web.context.reactive.AnnotationConfigReactiveWebApplicationContext;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Our filters as an application gets them: from a Spring context with the starter's
 * auto-configuration, the policy in {@code cors.*} properties, Micrometer's
 * {@code SimpleMeterRegistry} as Spring Boot's metrics auto-configuration makes it (so
 * every decision is counted in {@code cors.requests}), the Actuator {@code cors}
 * endpoint, and, for the dynamic shapes, the application's {@link CorsOriginSource} or
 * origin lookup. No server is started: the benchmarks hand the filter their own request
 * and response objects.
 */
public final class StarterContext implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final AtomicInteger lookups;

	private StarterContext(ConfigurableApplicationContext context, AtomicInteger lookups) {
		this.context = context;
		this.lookups = lookups;
	}

	/** A servlet application with a policy of the given shape. */
	public static StarterContext servlet(PolicyShape shape) {
		AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
		AtomicInteger lookups = new AtomicInteger();
		if (shape == PolicyShape.LOOKUP) {
			CorsOriginLookup lookup = (origin) -> {
				lookups.incrementAndGet();
				return Policies.LOOKUP_ORIGIN.equals(origin);
			};
			context.registerBean(CorsOriginLookup.class, () -> lookup);
		}
		return start(context, shape, lookups);
	}

	/** A WebFlux application with a policy of the given shape. */
	public static StarterContext reactive(PolicyShape shape) {
		AnnotationConfigReactiveWebApplicationContext context = new AnnotationConfigReactiveWebApplicationContext();
		AtomicInteger lookups = new AtomicInteger();
		if (shape == PolicyShape.LOOKUP) {
			// On WebFlux an application defines the reactive lookup, which never blocks.
			ReactiveCorsOriginLookup lookup = (origin) -> {
				lookups.incrementAndGet();
				return Mono.just(Policies.LOOKUP_ORIGIN.equals(origin));
			};
			context.registerBean(ReactiveCorsOriginLookup.class, () -> lookup);
		}
		return start(context, shape, lookups);
	}

	private static <C extends GenericApplicationContext & AnnotationConfigRegistry> StarterContext start(C context,
			PolicyShape shape, AtomicInteger lookups) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("benchmark", Policies.properties(shape)));
		if (!shape.snapshotOrigins().isEmpty()) {
			CorsOrigins origins = CorsOrigins.of(shape.snapshotOrigins());
			context.registerBean(CorsOriginSource.class, () -> () -> origins);
		}
		context.register(Application.class);
		// Refreshed, which starts the SmartLifecycle that loads the snapshot.
		context.refresh();
		return new StarterContext(context, lookups);
	}

	/** The servlet filter, from the registration bean that puts it in a server. */
	public CorsServletFilter servletFilter() {
		FilterRegistrationBean<?> registration = this.context.getBean("corsServletFilterRegistration",
				FilterRegistrationBean.class);
		return (CorsServletFilter) registration.getFilter();
	}

	/** The reactive filter bean. */
	public CorsReactiveWebFilter reactiveFilter() {
		return this.context.getBean(CorsReactiveWebFilter.class);
	}

	/** How many decisions {@code cors.requests} has counted, all tags together. */
	public double countedDecisions() {
		return this.context.getBean(MeterRegistry.class)
			.find("cors.requests")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	/**
	 * Checks that {@code cors.requests} counted the one request of a scenario since it
	 * held {@code before}: one decision for a CORS request, none for a request without
	 * {@code Origin}.
	 * @param scenario the scenario whose request our filter ran once
	 * @param before the count before
	 * @throws IllegalStateException if it counted otherwise
	 */
	public void checkCounted(Scenario scenario, double before) {
		double counted = countedDecisions() - before;
		if (counted != ((scenario.origin() != null) ? 1 : 0)) {
			throw new IllegalStateException(scenario + ": cors.requests counted " + counted + " decisions");
		}
	}

	/** How many times the application's lookup was asked, cache misses only. */
	public int lookupCalls() {
		return this.lookups.get();
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * What a Spring Boot application with the starter and Actuator gets, narrowed to what
	 * bears on a request: no server, no web framework.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
			CompositeMeterRegistryAutoConfiguration.class, EndpointAutoConfiguration.class, CorsAutoConfiguration.class,
			CorsMetricsAutoConfiguration.class, CorsEndpointAutoConfiguration.class })
	static class Application {

	}

}
