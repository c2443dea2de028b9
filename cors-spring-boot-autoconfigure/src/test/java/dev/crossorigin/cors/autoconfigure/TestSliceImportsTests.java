package dev.crossorigin.cors.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that put {@link CorsAutoConfiguration} into users' {@code @WebMvcTest} and
 * {@code @WebFluxTest} slices: each is named after the annotation that lists a slice's
 * auto-configurations, in Spring Boot 4's package and in Spring Boot 3.5's. The module
 * {@code slice-tests} runs the slices themselves on every supported line.
 */
class TestSliceImportsTests {

	@ParameterizedTest
	@ValueSource(strings = { "org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureWebMvc",
			"org.springframework.boot.webflux.test.autoconfigure.AutoConfigureWebFlux",
			"org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureWebMvc",
			"org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebFlux" })
	void sliceImportsListTheCorsAutoConfigurationOnly(String annotation) throws IOException {
		ClassPathResource imports = new ClassPathResource("META-INF/spring/" + annotation + ".imports");
		assertThat(imports.getContentAsString(StandardCharsets.UTF_8).lines())
			.containsExactly(CorsAutoConfiguration.class.getName());
	}

}
