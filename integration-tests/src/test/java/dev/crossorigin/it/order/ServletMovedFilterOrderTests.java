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
 * {@code cors.filter-order} after Spring Security on Spring MVC and Tomcat.
 */
@SpringBootTest(classes = ServletMovedFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "cors.filter-order=-90" })
class ServletMovedFilterOrderTests extends AbstractMovedFilterOrderTests {

	@Override
	List<String> filtersInOrder() {
		HttpResponse<String> response = http().get("/api/chain", "Authorization",
				Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD));
		assertThatResponse(response).hasStatus(200);
		return List.of(response.body().split(","));
	}

	@Override
	List<String> expectedOrder() {
		return List.of("FilterChainProxy", "CorsServletFilter");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ TestController.class, ServletFilterChainController.class })
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
