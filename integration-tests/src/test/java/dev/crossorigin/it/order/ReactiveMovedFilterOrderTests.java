package dev.crossorigin.it.order;

import java.util.List;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * {@code cors.filter-order} after Spring Security on Spring WebFlux and Netty.
 */
@SpringBootTest(classes = ReactiveMovedFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "cors.filter-order=-90" })
class ReactiveMovedFilterOrderTests extends AbstractMovedFilterOrderTests {

	@Override
	List<String> expectedOrder() {
		return List.of("WebFilterChainProxy", "CorsReactiveWebFilter");
	}

	@SecuredTestApplication
	static class App {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).build();
		}

	}

}
