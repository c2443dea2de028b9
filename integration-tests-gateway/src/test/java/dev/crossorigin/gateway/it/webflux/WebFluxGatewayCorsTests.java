package dev.crossorigin.gateway.it.webflux;

import dev.crossorigin.gateway.it.AbstractGatewayCorsTests;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;

import org.springframework.boot.WebApplicationType;

/**
 * The starter on the WebFlux gateway (Netty), without Spring Security.
 */
class WebFluxGatewayCorsTests extends AbstractGatewayCorsTests {

	@Override
	protected Gateway startGateway(Downstream downstream) {
		return Gateway.start(WebFluxGatewayApplication.class, WebApplicationType.REACTIVE, downstream);
	}

}
