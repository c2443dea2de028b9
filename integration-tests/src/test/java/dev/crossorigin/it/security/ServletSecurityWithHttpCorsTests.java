package dev.crossorigin.it.security;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security on Spring MVC and Tomcat with
 * {@code http.cors(Customizer.withDefaults())} and no CORS configuration of Spring's own:
 * Spring Security then puts a {@code CorsFilter} backed by Spring MVC's handler mappings
 * into its chain, after the starter's filter. The answers must be the same as without it.
 */
@SpringBootTest(classes = ServletSecurityWithHttpCorsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSecurityWithHttpCorsTests extends AbstractSecurityTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).cors(Customizer.withDefaults()).build();
		}

	}

}
