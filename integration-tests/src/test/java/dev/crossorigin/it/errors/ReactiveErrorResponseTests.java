package dev.crossorigin.it.errors;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Error responses on Spring WebFlux and Netty, where Spring Boot's
 * {@code ErrorWebExceptionHandler} renders errors on the same exchange.
 */
@SpringBootTest(classes = ReactiveErrorResponseTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveErrorResponseTests extends AbstractErrorResponseTests {

	@UnsecuredTestApplication
	static class App {

	}

}
