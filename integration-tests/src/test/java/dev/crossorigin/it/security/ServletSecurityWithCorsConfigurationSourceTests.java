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
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Security on Spring MVC and Tomcat with {@code http.cors(...)} and a
 * {@code corsConfigurationSource} bean left over from before the starter.
 */
@SpringBootTest(classes = ServletSecurityWithCorsConfigurationSourceTests.App.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=servlet")
class ServletSecurityWithCorsConfigurationSourceTests extends AbstractLeftoverCorsConfigurationSourceTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SecurityProbe probe) throws Exception {
			return SecuredApplications.servlet(http, probe).cors(Customizer.withDefaults()).build();
		}

		@Bean
		CorsConfigurationSource corsConfigurationSource() {
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", SecuredApplications.leftoverSpringCorsConfiguration());
			return source;
		}

	}

}
