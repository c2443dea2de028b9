package dev.crossorigin.it.security;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Spring Security's {@code SecurityWebFilterChain} on Spring WebFlux and Netty, without
 * {@code http.cors(...)}: the starter alone handles CORS.
 */
@SpringBootTest(classes = ReactiveSecurityTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSecurityTests extends AbstractSecurityTests {

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).build();
		}

	}

}
