package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.webmvc.DownstreamCorsResponseHeadersFilter;
import dev.crossorigin.cors.gateway.webmvc.GatewayCorsServletFilter;
import dev.crossorigin.cors.gateway.webmvc.PassThroughPreflightHeadersFilter;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;

/**
 * The starter on Spring Cloud Gateway's Web MVC flavour: the CORS filter answers at the
 * edge as in any servlet application; this adds what a gateway needs besides: the routed
 * services' CORS headers give way to the starter's, and pass-through mappings route their
 * preflights to the services. This flavour has no CORS configuration of its own.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(HttpHeadersFilter.class)
@ConditionalOnBean(CorsPolicy.class)
public final class CorsWebMvcGatewayAutoConfiguration {

	@Bean
	LiveGatewayCorsMappings gatewayCorsMappings(LiveCorsPolicy live, CorsPolicyUpdater updater) {
		return GatewayCors.mappings(live, updater);
	}

	@Bean
	FilterRegistrationBean<GatewayCorsServletFilter> gatewayCorsServletFilterRegistration(
			LiveGatewayCorsMappings mappings) {
		FilterRegistrationBean<GatewayCorsServletFilter> registration = new FilterRegistrationBean<>(
				new GatewayCorsServletFilter(mappings));
		registration.setName("gatewayCorsServletFilter");
		registration.setOrder(GatewayCorsServletFilter.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	DownstreamCorsResponseHeadersFilter downstreamCorsResponseHeadersFilter() {
		return new DownstreamCorsResponseHeadersFilter();
	}

	@Bean
	PassThroughPreflightHeadersFilter passThroughPreflightHeadersFilter() {
		return new PassThroughPreflightHeadersFilter();
	}

}
