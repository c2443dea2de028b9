package dev.crossorigin.it.live;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Policy swaps under load on Spring MVC and a real Tomcat.
 */
@SpringBootTest(classes = ServletLivePolicySwapTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletLivePolicySwapTests extends AbstractLivePolicySwapTests {

	@UnsecuredTestApplication
	static class App {

	}

}
