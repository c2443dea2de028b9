package dev.crossorigin.gateway.it.webflux;

import dev.crossorigin.gateway.it.AbstractGatewayTests;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * A Spring Cloud Gateway on WebFlux and Netty, configured by {@code application.yml};
 * with {@code it.secured=true}, Spring Security requires HTTP Basic on {@code /api/**}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class WebFluxGatewayApplication {

	@Bean
	SecurityWebFilterChain security(ServerHttpSecurity http, Environment environment) {
		http.csrf(ServerHttpSecurity.CsrfSpec::disable);
		if (environment.getProperty("it.secured", Boolean.class, false)) {
			http.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/api/**").authenticated().anyExchange().permitAll())
				.httpBasic(Customizer.withDefaults());
		}
		else {
			http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll());
		}
		return http.build();
	}

	@Bean
	MapReactiveUserDetailsService users() {
		return new MapReactiveUserDetailsService(User.withUsername(AbstractGatewayTests.USER)
			.password("{noop}" + AbstractGatewayTests.PASSWORD)
			.roles("USER")
			.build());
	}

}
