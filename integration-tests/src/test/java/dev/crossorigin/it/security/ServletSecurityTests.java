package dev.crossorigin.it.security;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecurityProbe;
import dev.crossorigin.it.support.TestController;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security's {@code SecurityFilterChain} on Spring MVC and Tomcat, without
 * {@code http.cors(...)}: the starter alone handles CORS.
 */
@SpringBootTest(classes = ServletSecurityTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSecurityTests extends AbstractSecurityTests {

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(TestController.class)
	static class App {

		@Bean
		SecurityProbe securityProbe() {
			return new SecurityProbe();
		}

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return SecuredApplications.servletUsers();
		}

	}

}
