package dev.crossorigin.cors.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code cors.requests} counter (and of the dynamic origins'
 * meters, where the application supplies origins at run time), where the application has
 * a {@link MeterRegistry}, as Spring Boot's own metrics auto-configurations do: with
 * Micrometer merely on the class path there is nothing to count into. Ordered after the
 * auto-configurations that create registries, on Spring Boot 4 (first two names) and 3.5.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, CorsProperties.class })
public final class CorsMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsMetrics corsMetrics() {
		return new CorsMetrics();
	}

	@Bean
	@ConditionalOnBean(DynamicCorsOrigins.class)
	MeterBinder corsDynamicOriginsMetrics(DynamicCorsOrigins snapshot) {
		return DynamicOriginsMetrics.of(snapshot);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "com.github.benmanes.caffeine.cache.Caffeine")
	static class LookupMetricsConfiguration {

		@Bean
		@ConditionalOnBean(CachingOriginLookup.class)
		MeterBinder corsOriginLookupMetrics(CachingOriginLookup lookup) {
			return DynamicOriginsMetrics.of(lookup);
		}

	}

}
