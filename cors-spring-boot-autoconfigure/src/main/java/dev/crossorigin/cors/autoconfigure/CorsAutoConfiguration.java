package dev.crossorigin.cors.autoconfigure;

import java.time.Clock;

import dev.crossorigin.cors.policy.CorsDecisionListener;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
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
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletCorsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "corsServletFilterRegistration")
		FilterRegistrationBean<CorsServletFilter> corsServletFilterRegistration(LiveCorsPolicy policy,
				CorsProperties properties, ObjectProvider<CorsDecisionListener> listeners) {
			FilterRegistrationBean<CorsServletFilter> registration = new FilterRegistrationBean<>(
					new CorsServletFilter(policy, listener(listeners), properties.isDebug()));
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
				ObjectProvider<CorsDecisionListener> listeners) {
			return new CorsReactiveWebFilter(policy, properties.getFilterOrder(), listener(listeners),
					properties.isDebug());
		}

	}

}
