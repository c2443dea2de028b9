package dev.crossorigin.cors.autoconfigure;

import java.util.Set;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.webflux.DownstreamCorsResponseHeadersFilter;
import dev.crossorigin.cors.gateway.webflux.GatewayCorsWebFilter;
import dev.crossorigin.cors.gateway.webflux.PassThroughPreflightHeadersFilter;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The starter on Spring Cloud Gateway's WebFlux flavour: the CORS filter answers at the
 * edge as in any WebFlux application; this adds what a gateway needs besides: the routed
 * services' CORS headers give way to the starter's, pass-through mappings route their
 * preflights to the services, and the gateway's own CORS configuration, if any, is
 * reported. It applies where the starter's {@link CorsReactiveWebFilter} runs (without
 * it, taking the services' CORS headers away would leave responses with none) and its
 * auto-configuration made the policy live.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(HttpHeadersFilter.class)
@ConditionalOnBean({ CorsReactiveWebFilter.class, CorsPolicyUpdater.class })
@Import({ DownstreamCorsResponseHeadersFilter.class, PassThroughPreflightHeadersFilter.class })
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

}
