package dev.crossorigin.it.support;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The security set-up the tests' applications share, as a typical API has it:
 * authentication required on {@code /api/**} (HTTP Basic, one user), everything else
 * open, no CSRF tokens.
 */
public final class SecuredApplications {

	public static final String USER = "user";

	public static final String PASSWORD = "password";

	private SecuredApplications() {
	}

	/**
	 * The servlet chain, with the probe first so tests can tell which requests reached
	 * Spring Security.
	 */
	public static HttpSecurity servlet(HttpSecurity http, SecurityProbe probe) throws Exception {
		return http
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/api/**").authenticated().anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.csrf(AbstractHttpConfigurer::disable)
			.addFilterBefore(probe.servletFilter(), DisableEncodeUrlFilter.class);
	}

	/** The reactive chain, with the probe first. */
	public static ServerHttpSecurity reactive(ServerHttpSecurity http, SecurityProbe probe) {
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/api/**").authenticated().anyExchange().permitAll())
			.httpBasic(Customizer.withDefaults())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.addFilterAt(probe.webFilter(), SecurityWebFiltersOrder.FIRST);
	}

	private static UserDetails user() {
		return User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build();
	}

	/**
	 * A Spring {@link CorsConfiguration} such as an application kept from before it used
	 * the starter: the starter's origin and {@link TestController#LEGACY}, other methods,
	 * exposed headers and max age, and no credentials, so a response built from it would
	 * be told apart from the starter's.
	 */
	public static CorsConfiguration leftoverSpringCorsConfiguration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(Http.APP, TestController.LEGACY));
		configuration.setAllowedMethods(List.of("GET"));
		configuration.setExposedHeaders(List.of("X-Spring"));
		configuration.setMaxAge(Duration.ofSeconds(1));
		return configuration;
	}

	/**
	 * The beans of a {@link SecuredTestApplication}: the probe, and the one user for the
	 * stack the application runs on.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		SecurityProbe securityProbe() {
			return new SecurityProbe();
		}

		@Bean
		@ConditionalOnWebApplication(type = Type.SERVLET)
		InMemoryUserDetailsManager servletUsers() {
			return new InMemoryUserDetailsManager(user());
		}

		@Bean
		@ConditionalOnWebApplication(type = Type.REACTIVE)
		MapReactiveUserDetailsService reactiveUsers() {
			return new MapReactiveUserDetailsService(user());
		}

	}

}
