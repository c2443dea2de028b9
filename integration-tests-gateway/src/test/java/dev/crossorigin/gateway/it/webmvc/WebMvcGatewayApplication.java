package dev.crossorigin.gateway.it.webmvc;

import dev.crossorigin.gateway.it.AbstractGatewayTests;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A Spring Cloud Gateway on Web MVC and Tomcat, configured by {@code application.yml};
 * with {@code it.secured=true}, Spring Security requires HTTP Basic on {@code /api/**}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class WebMvcGatewayApplication {

	@Bean
	SecurityFilterChain security(HttpSecurity http, Environment environment) throws Exception {
		http.csrf(AbstractHttpConfigurer::disable);
		if (environment.getProperty("it.secured", Boolean.class, false)) {
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/api/**").authenticated().anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults());
		}
		else {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		}
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(User.withUsername(AbstractGatewayTests.USER)
			.password("{noop}" + AbstractGatewayTests.PASSWORD)
			.roles("USER")
			.build());
	}

}
