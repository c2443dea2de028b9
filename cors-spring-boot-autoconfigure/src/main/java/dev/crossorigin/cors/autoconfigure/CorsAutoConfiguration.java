package dev.crossorigin.cors.autoconfigure;

import java.time.Clock;
import java.util.List;

import dev.crossorigin.cors.policy.CorsDecisionListener;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.DynamicOriginLookup;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.web.server.WebFilter;

/**
 * Auto-configuration of CORS from {@code cors.*} properties: the {@link CorsPolicy} bean
 * the application starts with, the {@link LiveCorsPolicy} the filter of the running web
 * stack reads, the {@link CorsPolicyUpdater} that changes it at run time, and, with
 * Spring Cloud, the refresh that rebuilds it from changed properties.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CorsProperties.class)
@ImportRuntimeHints(CorsRuntimeHints.class)
public final class CorsAutoConfiguration {

	private static final String CAFFEINE = "com.github.benmanes.caffeine.cache.Caffeine";

	@Bean
	PropertiesCorsPolicyCustomizer propertiesCorsPolicyCustomizer(CorsProperties properties, Environment environment) {
		UnknownCorsProperties.check(environment);
		return new PropertiesCorsPolicyCustomizer(properties);
	}

	@Bean
	CorsStartupReport corsStartupReport(ListableBeanFactory beanFactory, CorsProperties properties,
			PropertiesCorsPolicyCustomizer propertiesCorsPolicyCustomizer) {
		return new CorsStartupReport(beanFactory, properties, propertiesCorsPolicyCustomizer);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicy corsPolicy(ObjectProvider<CorsPolicyCustomizer> customizers) {
		return CorsPolicyUpdater.build(customizers.orderedStream());
	}

	@Bean
	@ConditionalOnMissingBean
	LiveCorsPolicy liveCorsPolicy(CorsPolicy corsPolicy,
			PropertiesCorsPolicyCustomizer propertiesCorsPolicyCustomizer) {
		return new LiveCorsPolicy(corsPolicy, propertiesCorsPolicyCustomizer.wasApplied()
				? "cors.* properties at start-up" : "the application's CorsPolicy bean at start-up");
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyUpdater corsPolicyUpdater(LiveCorsPolicy liveCorsPolicy, Environment environment,
			ObjectProvider<CorsPolicyCustomizer> customizers,
			PropertiesCorsPolicyCustomizer propertiesCorsPolicyCustomizer,
			ObjectProvider<CorsPolicyUpdateListener> listeners) {
		return new CorsPolicyUpdater(liveCorsPolicy, environment, customizers, propertiesCorsPolicyCustomizer,
				listeners, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnBean(CorsOriginSource.class)
	@ConditionalOnMissingBean
	DynamicCorsOrigins dynamicCorsOrigins(ObjectProvider<CorsOriginSource> sources, LiveCorsPolicy liveCorsPolicy,
			CorsProperties properties) {
		List<CorsOriginSource> all = sources.orderedStream().toList();
		CorsOriginSource source = (all.size() == 1) ? all.get(0) : new CompositeCorsOriginSource(all);
		return new DynamicCorsOrigins(source, liveCorsPolicy, properties.getDynamicOrigins(), Clock.systemUTC());
	}

	/**
	 * The lookup the filter asks about origins on paths allowing dynamic origins: the one
	 * made of the application's {@link CorsOriginLookup} or
	 * {@link ReactiveCorsOriginLookup}, or a {@link DynamicOriginLookup} it defines
	 * itself.
	 */
	private static @Nullable DynamicOriginLookup lookup(ObjectProvider<DynamicOriginLookup> lookups) {
		List<DynamicOriginLookup> all = lookups.orderedStream().toList();
		if (all.size() > 1) {
			throw new IllegalStateException(
					"CORS: found " + all.size() + " origin lookups (" + all.stream().map(Object::toString).toList()
							+ "); define one CorsOriginLookup or one ReactiveCorsOriginLookup bean, not several");
		}
		return all.isEmpty() ? null : all.get(0);
	}

	private static CorsDecisionListener listener(ObjectProvider<CorsDecisionListener> listeners) {
		CorsDecisionListener[] all = listeners.orderedStream().toArray(CorsDecisionListener[]::new);
		if (all.length == 0) {
			return CorsDecisionListener.NONE;
		}
		if (all.length == 1) {
			return all[0];
		}
		return (decision) -> {
			for (CorsDecisionListener listener : all) {
				listener.onDecision(decision);
			}
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.cloud.context.environment.EnvironmentChangeEvent")
	static class RefreshConfiguration {

		@Bean
		CorsRefreshListener corsRefreshListener(CorsPolicyUpdater corsPolicyUpdater) {
			return new CorsRefreshListener(corsPolicyUpdater);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = CAFFEINE)
	static class OriginLookupConfiguration {

		@Bean
		@ConditionalOnBean(CorsOriginLookup.class)
		CachingOriginLookup corsCachingOriginLookup(CorsOriginLookup lookup, CorsProperties properties) {
			return CachingOriginLookup.blocking(lookup, properties.getDynamicOrigins().getLookup());
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(name = "reactor.core.publisher.Mono")
		static class ReactiveOriginLookupConfiguration {

			@Bean
			@ConditionalOnBean(ReactiveCorsOriginLookup.class)
			CachingOriginLookup corsCachingReactiveOriginLookup(ReactiveCorsOriginLookup lookup,
					CorsProperties properties) {
				return CachingOriginLookup.reactive(lookup, properties.getDynamicOrigins().getLookup());
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass(CAFFEINE)
	@Conditional(OnOriginLookupCondition.class)
	static class MissingCaffeineConfiguration {

		MissingCaffeineConfiguration() {
			throw new IllegalStateException("CORS: the application defines a CorsOriginLookup or "
					+ "ReactiveCorsOriginLookup, whose answers are cached with Caffeine, but Caffeine is not on the "
					+ "class path: add the dependency com.github.ben-manes.caffeine:caffeine (its version is managed "
					+ "by Spring Boot)");
		}

	}

	/** Whether the application defines a blocking or a reactive origin lookup. */
	static final class OnOriginLookupCondition extends AnyNestedCondition {

		OnOriginLookupCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(CorsOriginLookup.class)
		static class Blocking {

		}

		@ConditionalOnBean(type = "dev.crossorigin.cors.autoconfigure.ReactiveCorsOriginLookup")
		static class Reactive {

		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletCorsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "corsServletFilterRegistration")
		FilterRegistrationBean<CorsServletFilter> corsServletFilterRegistration(LiveCorsPolicy policy,
				CorsProperties properties, ObjectProvider<CorsDecisionListener> listeners,
				ObjectProvider<DynamicOriginLookup> lookups) {
			FilterRegistrationBean<CorsServletFilter> registration = new FilterRegistrationBean<>(
					new CorsServletFilter(policy, listener(listeners), properties.isDebug(), lookup(lookups)));
			registration.setName("corsServletFilter");
			registration.setOrder(properties.getFilterOrder());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(WebFilter.class)
	static class ReactiveCorsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CorsReactiveWebFilter corsReactiveWebFilter(LiveCorsPolicy policy, CorsProperties properties,
				ObjectProvider<CorsDecisionListener> listeners, ObjectProvider<DynamicOriginLookup> lookups) {
			return new CorsReactiveWebFilter(policy, properties.getFilterOrder(), listener(listeners),
					properties.isDebug(), lookup(lookups));
		}

	}

}
