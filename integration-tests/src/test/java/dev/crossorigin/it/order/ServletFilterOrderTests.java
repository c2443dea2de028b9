package dev.crossorigin.it.order;

import java.util.List;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The CORS filter's default position on Spring MVC and Tomcat, with Spring Boot's
 * forwarded-header, character encoding and observation filters and Spring Security all
 * present.
 */
@SpringBootTest(classes = ServletFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=framework" })
class ServletFilterOrderTests extends AbstractFilterOrderTests {

	@Override
	List<String> expectedOrder() {
		return List.of("ForwardedHeaderFilter", "CharacterEncodingFilter", "ServerHttpObservationFilter",
				"CorsServletFilter", "FilterChainProxy");
	}

	@SecuredTestApplication
	@Import({ ServletFilterChainController.class, ObservedApps.class })
	static class App {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).build();
		}

	}

}
