package dev.crossorigin.gateway.it.webflux;

import dev.crossorigin.gateway.it.AbstractSecuredGatewayCorsTests;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;

import org.springframework.boot.WebApplicationType;

/**
 * The starter on the WebFlux gateway (Netty), with Spring Security and HTTP Basic on
 * {@code /api/**}.
 */
class WebFluxSecuredGatewayCorsTests extends AbstractSecuredGatewayCorsTests {

	@Override
	protected Gateway startGateway(Downstream downstream) {
		return Gateway.start(WebFluxGatewayApplication.class, WebApplicationType.REACTIVE, downstream,
				"it.secured=true");
	}

}
