package dev.crossorigin.it.order;

import java.util.List;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecuredTestApplication;
import dev.crossorigin.it.support.SecurityProbe;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The CORS filter's default position on Spring WebFlux and Netty, with observation and
 * Spring Security present. WebFlux observes a request around the whole {@code WebFilter}
 * chain, so being observed only needs the filter to be a {@code WebFilter}; being before
 * Spring Security needs its order.
 */
@SpringBootTest(classes = ReactiveFilterOrderTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveFilterOrderTests extends AbstractFilterOrderTests {

	@Override
	List<String> expectedOrder() {
		return List.of("CorsReactiveWebFilter", "WebFilterChainProxy");
	}

	@SecuredTestApplication
	@Import(ObservedApps.class)
	static class App {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProbe probe) {
			return SecuredApplications.reactive(http, probe).build();
		}

	}

}
