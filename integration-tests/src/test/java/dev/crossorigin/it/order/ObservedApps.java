package dev.crossorigin.it.order;

import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observation and tracing for the filter-order tests' applications: the handlers Spring
 * Boot registers with its {@code ObservationRegistry}, one recording observations, one
 * turning them into spans of an in-memory tracer.
 */
@Configuration(proxyBeanMethods = false)
class ObservedApps {

	@Bean
	ObservedRequests observedRequests() {
		return new ObservedRequests();
	}

	@Bean
	SimpleTracer simpleTracer() {
		return new SimpleTracer();
	}

	@Bean
	DefaultTracingObservationHandler tracingObservationHandler(SimpleTracer tracer) {
		return new DefaultTracingObservationHandler(tracer);
	}

}
