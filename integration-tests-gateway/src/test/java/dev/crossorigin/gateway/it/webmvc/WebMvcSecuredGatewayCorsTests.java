package dev.crossorigin.gateway.it.webmvc;

import dev.crossorigin.gateway.it.AbstractSecuredGatewayCorsTests;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;

import org.springframework.boot.WebApplicationType;

/**
 * The starter on the Web MVC gateway (Tomcat), with Spring Security and HTTP Basic on
 * {@code /api/**}.
 */
class WebMvcSecuredGatewayCorsTests extends AbstractSecuredGatewayCorsTests {

	@Override
	protected Gateway startGateway(Downstream downstream) {
		return Gateway.start(WebMvcGatewayApplication.class, WebApplicationType.SERVLET, downstream, "it.secured=true");
	}

}
