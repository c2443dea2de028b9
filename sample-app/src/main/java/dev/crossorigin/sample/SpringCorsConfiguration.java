package dev.crossorigin.sample;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.filter.CorsFilter;

/**
 * Spring Framework's own {@link CorsFilter} or {@link CorsWebFilter} with the policy of
 * {@code application.yml}, in the starter's position, so that {@code benchmarks/load.sh}
 * can compare the two doing the same job. Off unless {@code sample.spring-cors=true} and
 * {@code cors.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sample.spring-cors")
@ConditionalOnProperty(name = "cors.enabled", havingValue = "false")
class SpringCorsConfiguration {

	/** The starter's default {@code cors.filter-order}. */
	static final int ORDER = -110;

	/**
	 * The policy of {@code application.yml} in Spring's terms, most specific path first
	 * as Spring tries them in order. The disabled {@code /internal/**} and
	 * {@code /admin/**} mappings have no equivalent and fall under {@code /**}; nor have
	 * the tenants' origins that {@code /api/**} allows.
	 */
	static Map<String, CorsConfiguration> configurations(int port) {
		List<String> headers = List.of("Content-Type", "Authorization", "X-Request-Id");
		CorsConfiguration publicPaths = new CorsConfiguration();
		publicPaths.setAllowedOrigins(List.of("*"));
		publicPaths.setAllowedMethods(List.of("GET", "HEAD"));
		publicPaths.setAllowedHeaders(headers);
		publicPaths.setExposedHeaders(List.of("X-Request-Id"));
		publicPaths.setMaxAge(Duration.ofHours(1));
		CorsConfiguration everywhere = new CorsConfiguration();
		everywhere.setAllowedOrigins(List.of("https://app.example.com", "http://localhost:" + port));
		everywhere.setAllowedOriginPatterns(List.of("https://*.preview.example.com", "http://127.0.0.1:[*]"));
		everywhere.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		everywhere.setAllowedHeaders(headers);
		everywhere.setExposedHeaders(List.of("X-Request-Id"));
		everywhere.setAllowCredentials(true);
		everywhere.setMaxAge(Duration.ofHours(1));
		Map<String, CorsConfiguration> configurations = new LinkedHashMap<>();
		configurations.put("/public/**", publicPaths);
		configurations.put("/**", everywhere);
		return configurations;
	}

	// Conditional bean methods, not nested configuration classes: component scanning
	// would register nested classes on their own, without this class's conditions.
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	FilterRegistrationBean<CorsFilter> springCorsFilter(@Value("${server.port:8080}") int port) {
		// Spring has a servlet and a reactive UrlBasedCorsConfigurationSource, hence the
		// qualified names.
		org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
		source.setCorsConfigurations(configurations(port));
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	@Order(ORDER)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	CorsWebFilter springCorsWebFilter(@Value("${server.port:8080}") int port) {
		org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource();
		source.setCorsConfigurations(configurations(port));
		return new CorsWebFilter(source);
	}

}
