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

/**
 * Spring Security on Spring WebFlux and Netty with
 * {@code http.cors(Customizer.withDefaults())} and no {@code CorsConfigurationSource}
 * bean, as applications written from Spring Security's guides have it: the answers must
 * be the same as without it.
 */
@SpringBootTest(classes = ReactiveSecurityWithHttpCorsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSecurityWithHttpCorsTests extends AbstractSecurityTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).cors(Customizer.withDefaults()).build();
		}

	}

}
