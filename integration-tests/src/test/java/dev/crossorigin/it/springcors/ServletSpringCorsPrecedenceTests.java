package dev.crossorigin.it.springcors;

import dev.crossorigin.it.support.TestController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The starter next to Spring MVC's {@code @CrossOrigin} and
 * {@code WebMvcConfigurer.addCorsMappings} on Tomcat.
 */
@SpringBootTest(classes = ServletSpringCorsPrecedenceTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSpringCorsPrecedenceTests extends AbstractSpringCorsPrecedenceTests {

	@UnsecuredTestApplication
	static class App implements WebMvcConfigurer {

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			MAPPED_PATHS.forEach((path) -> registry.addMapping(path).allowedOrigins(TestController.LEGACY));
		}

	}

}
