package dev.crossorigin.sample.browser;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The browser tests against the sample on Spring WebFlux and Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spring.main.web-application-type=reactive")
class NettyBrowserTests extends AbstractBrowserTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.REACTIVE;
	}

}
