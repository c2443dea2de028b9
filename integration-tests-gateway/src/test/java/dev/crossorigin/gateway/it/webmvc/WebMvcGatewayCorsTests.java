package dev.crossorigin.gateway.it.webmvc;

import dev.crossorigin.gateway.it.AbstractGatewayCorsTests;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;

import org.springframework.boot.WebApplicationType;

/**
 * The starter on the Web MVC gateway (Tomcat), without Spring Security.
 */
class WebMvcGatewayCorsTests extends AbstractGatewayCorsTests {

	@Override
	protected Gateway startGateway(Downstream downstream) {
		return Gateway.start(WebMvcGatewayApplication.class, WebApplicationType.SERVLET, downstream);
	}

}
