package dev.crossorigin.sample.tenants;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tenants' origins on Spring MVC and Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "spring.main.web-application-type=servlet", AbstractTenantOriginsTests.REFRESH_INTERVAL })
class ServletTenantOriginsTests extends AbstractTenantOriginsTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		serveOn(registry, PORT);
	}

	@Override
	int port() {
		return PORT;
	}

}
