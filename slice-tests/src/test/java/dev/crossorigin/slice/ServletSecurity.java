package dev.crossorigin.slice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security on Spring MVC as a typical API has it: HTTP Basic required on
 * {@code /api/**}, and no {@code http.cors(...)}: the starter answers CORS. The user
 * comes from {@code spring.security.user.*}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServletSecurity {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

}
