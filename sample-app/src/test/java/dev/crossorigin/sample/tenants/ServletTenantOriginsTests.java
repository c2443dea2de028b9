package dev.crossorigin.sample.tenants;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The tenants' origins on Spring MVC and Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "spring.main.web-application-type=servlet", AbstractTenantOriginsTests.REFRESH_INTERVAL })
class ServletTenantOriginsTests extends AbstractTenantOriginsTests {

}
