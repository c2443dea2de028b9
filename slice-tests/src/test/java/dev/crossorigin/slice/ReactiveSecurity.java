package dev.crossorigin.slice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Spring Security on WebFlux as a typical API has it: HTTP Basic required everywhere, and
 * no {@code http.cors(...)}: the starter answers CORS. The user comes from
 * {@code spring.security.user.*}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReactiveSecurity {

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http) {
		return http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

}
