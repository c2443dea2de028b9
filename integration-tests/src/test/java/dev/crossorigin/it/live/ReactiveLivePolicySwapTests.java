package dev.crossorigin.it.live;

import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Policy swaps under load on Spring WebFlux and a real Netty.
 */
@SpringBootTest(classes = ReactiveLivePolicySwapTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveLivePolicySwapTests extends AbstractLivePolicySwapTests {

	@UnsecuredTestApplication
	static class App {

	}

}
