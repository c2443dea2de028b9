package dev.crossorigin.it.order;

import java.util.List;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecurityProbe;
import dev.crossorigin.it.support.TestController;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * {@code cors.filter-order} after Spring Security on Spring WebFlux and Netty.
 */
@SpringBootTest(classes = ReactiveMovedFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "cors.filter-order=-90" })
class ReactiveMovedFilterOrderTests extends AbstractMovedFilterOrderTests {

	@Autowired
	private HttpHandler httpHandler;

	@Override
	List<String> filtersInOrder() {
		return ReactiveFilterChain.filterNames(this.httpHandler);
	}

	@Override
	List<String> expectedOrder() {
		return List.of("WebFilterChainProxy", "CorsReactiveWebFilter");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(TestController.class)
	static class App {

		@Bean
		SecurityProbe securityProbe() {
			return new SecurityProbe();
		}

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return SecuredApplications.reactiveUsers();
		}

	}

}
