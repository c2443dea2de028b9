package dev.crossorigin.it.security;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security's {@code SecurityFilterChain} on Spring MVC and Tomcat, without
 * {@code http.cors(...)}: the starter alone handles CORS.
 */
@SpringBootTest(classes = ServletSecurityTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSecurityTests extends AbstractSecurityTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).build();
		}

	}

}
