package dev.crossorigin.sample.browser;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The browser tests against the sample on Spring MVC and Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spring.main.web-application-type=servlet")
class TomcatBrowserTests extends AbstractBrowserTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.SERVLET;
	}

}
