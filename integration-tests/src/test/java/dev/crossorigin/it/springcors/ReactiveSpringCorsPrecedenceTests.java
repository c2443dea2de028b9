package dev.crossorigin.it.springcors;

import dev.crossorigin.it.support.TestController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The starter next to Spring WebFlux's {@code @CrossOrigin} and
 * {@code WebFluxConfigurer.addCorsMappings} on Netty.
 */
@SpringBootTest(classes = ReactiveSpringCorsPrecedenceTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSpringCorsPrecedenceTests extends AbstractSpringCorsPrecedenceTests {

	@UnsecuredTestApplication
	static class App implements WebFluxConfigurer {

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			MAPPED_PATHS.forEach((path) -> registry.addMapping(path).allowedOrigins(TestController.LEGACY));
		}

	}

}
