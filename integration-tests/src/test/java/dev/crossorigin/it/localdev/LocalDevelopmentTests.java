package dev.crossorigin.it.localdev;

import java.util.List;

import dev.crossorigin.cors.autoconfigure.CorsAutoConfiguration;
import dev.crossorigin.cors.autoconfigure.CorsPolicyCustomizer;
import dev.crossorigin.cors.policy.CorsPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README's "Local development" section says about a {@code dev} profile that
 * adds a front-end dev server's origin: Spring Boot binds a list whole, so the profile's
 * list replaces the base list; naming the production origins once and building both lists
 * from them, or adding the origin with a customizer, keeps them.
 */
class LocalDevelopmentTests {

	private static final String DEV_SERVER = "http://localhost:5173";

	@Test
	void profileListReplacesTheBaseList() {
		assertThat(allowedOrigins("profile-list", "dev")).containsExactly(DEV_SERVER);
	}

	@Test
	void listsBuiltFromSharedOriginsKeepTheProductionOriginsInTheProfile() {
		assertThat(allowedOrigins("shared-origins", "dev")).containsExactly("https://app.example.com",
				"https://admin.example.com", DEV_SERVER);
		assertThat(allowedOrigins("shared-origins")).containsExactly("https://app.example.com",
				"https://admin.example.com");
	}

	@Test
	void profileCustomizerAddsTheDevServerToThePropertiesOrigins() {
		assertThat(allowedOrigins("production-only", new Class<?>[] { DevServerOrigin.class }))
			.containsExactly("https://app.example.com");
		assertThat(allowedOrigins("production-only", new Class<?>[] { DevServerOrigin.class }, "dev"))
			.containsExactly("https://app.example.com", DEV_SERVER);
	}

	private static List<String> allowedOrigins(String file, String... profiles) {
		return allowedOrigins(file, new Class<?>[0], profiles);
	}

	private static List<String> allowedOrigins(String file, Class<?>[] configurations, String... profiles) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class).sources(configurations)
			.web(WebApplicationType.NONE)
			.profiles(profiles)
			.properties("spring.config.location=classpath:/local-development/" + file + ".yml",
					"spring.main.banner-mode=off");
		try (ConfigurableApplicationContext context = application.run()) {
			return context.getBean(CorsPolicy.class).mappings().get(0).allowedOrigins();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CorsAutoConfiguration.class)
	static class Application {

	}

	@Configuration(proxyBeanMethods = false)
	@Profile("dev")
	static class DevServerOrigin {

		@Bean
		@Order(1)
		CorsPolicyCustomizer devServerOrigin() {
			return (builder) -> builder.addAllowedOrigins(DEV_SERVER);
		}

	}

}
