package dev.crossorigin.it.order;

import java.net.http.HttpResponse;
import java.util.List;

import dev.crossorigin.it.support.Http;
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

import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;

/**
 * The CORS filter's default position on Spring MVC and Tomcat, with Spring Boot's
 * forwarded-header, character encoding and observation filters and Spring Security all
 * present.
 */
@SpringBootTest(classes = ServletFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=framework" })
class ServletFilterOrderTests extends AbstractFilterOrderTests {

	@Override
	List<String> filtersInOrder() {
		// ForwardedHeaderFilter steps aside (and out of the call stack) for requests
		// without forwarded headers.
		HttpResponse<String> response = http().get("/api/chain", "Authorization",
				Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD), "X-Forwarded-Proto", "http");
		assertThatResponse(response).hasStatus(200);
		return List.of(response.body().split(","));
	}

	@Override
	List<String> expectedOrder() {
		return List.of("ForwardedHeaderFilter", "CharacterEncodingFilter", "ServerHttpObservationFilter",
				"CorsServletFilter", "FilterChainProxy");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ TestController.class, ServletFilterChainController.class, ObservedApps.class })
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
