package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.webmvc.DownstreamCorsResponseHeadersFilter;
import dev.crossorigin.cors.gateway.webmvc.GatewayCorsServletFilter;
import dev.crossorigin.cors.gateway.webmvc.PassThroughPreflightHeadersFilter;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The starter on Spring Cloud Gateway's Web MVC flavour: the CORS filter answers at the
 * edge as in any servlet application; this adds what a gateway needs besides: the routed
 * services' CORS headers give way to the starter's, and pass-through mappings route their
 * preflights to the services. This flavour has no CORS configuration of its own. It
 * applies where the starter's {@link CorsServletFilter} is registered (without it, taking
 * the services' CORS headers away would leave responses with none) and its
 * auto-configuration made the policy live.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(HttpHeadersFilter.class)
@ConditionalOnBean(value = { CorsServletFilter.class, CorsPolicyUpdater.class },
		parameterizedContainer = FilterRegistrationBean.class)
@Import({ DownstreamCorsResponseHeadersFilter.class, PassThroughPreflightHeadersFilter.class })
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

}
