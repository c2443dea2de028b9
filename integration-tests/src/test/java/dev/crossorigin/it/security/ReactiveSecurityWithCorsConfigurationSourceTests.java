package dev.crossorigin.it.security;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Spring Security on Spring WebFlux and Netty with {@code http.cors(...)} and a
 * {@code CorsConfigurationSource} bean left over from before the starter (on WebFlux,
 * {@code http.cors(...)} does nothing without one).
 */
@SpringBootTest(classes = ReactiveSecurityWithCorsConfigurationSourceTests.App.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=reactive")
class ReactiveSecurityWithCorsConfigurationSourceTests extends AbstractLeftoverCorsConfigurationSourceTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).cors(Customizer.withDefaults()).build();
		}

		@Bean
		CorsConfigurationSource corsConfigurationSource() {
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", SecuredApplications.leftoverSpringCorsConfiguration());
			return source;
		}

	}

}
