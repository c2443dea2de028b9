package dev.crossorigin.cors.autoconfigure;

import java.util.Set;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.webflux.DownstreamCorsResponseHeadersFilter;
import dev.crossorigin.cors.gateway.webflux.GatewayCorsWebFilter;
import dev.crossorigin.cors.gateway.webflux.PassThroughPreflightHeadersFilter;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The starter on Spring Cloud Gateway's WebFlux flavour: the CORS filter answers at the
 * edge as in any WebFlux application; this adds what a gateway needs besides: the routed
 * services' CORS headers give way to the starter's, pass-through mappings route their
 * preflights to the services, and the gateway's own CORS configuration, if any, is
 * reported.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(HttpHeadersFilter.class)
@ConditionalOnBean(CorsPolicy.class)
public final class CorsWebFluxGatewayAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsWebFluxGatewayAutoConfiguration.class);

	@Bean
	LiveGatewayCorsMappings gatewayCorsMappings(LiveCorsPolicy live, CorsPolicyUpdater updater,
			Environment environment) {
		Set<String> gatewayCors = GatewayCors.webFluxGatewayCorsKeys(environment);
		if (!gatewayCors.isEmpty()) {
			logger.warn(GatewayCors.twoLayersWarning(gatewayCors));
		}
		return GatewayCors.mappings(live, updater);
	}

	@Bean
	GatewayCorsWebFilter gatewayCorsWebFilter(LiveGatewayCorsMappings mappings) {
		return new GatewayCorsWebFilter(mappings);
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
