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
 * {@code cors.filter-order} after Spring Security on Spring MVC and Tomcat.
 */
@SpringBootTest(classes = ServletMovedFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "cors.filter-order=-90" })
class ServletMovedFilterOrderTests extends AbstractMovedFilterOrderTests {

	@Override
	List<String> expectedOrder() {
		return List.of("FilterChainProxy", "CorsServletFilter");
	}

	@SecuredTestApplication
	@Import(ServletFilterChainController.class)
	static class App {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).build();
		}

	}

}
