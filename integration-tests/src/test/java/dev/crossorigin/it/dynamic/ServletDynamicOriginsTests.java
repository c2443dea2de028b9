package dev.crossorigin.it.dynamic;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.autoconfigure.CorsOriginLookup;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Origins supplied at run time on Spring MVC and a real Tomcat, with a blocking lookup
 * that the request thread waits for at most the lookup timeout.
 */
@SpringBootTest(classes = ServletDynamicOriginsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletDynamicOriginsTests extends AbstractDynamicOriginsTests {

	@UnsecuredTestApplication
	@Import(DynamicOriginsConfiguration.class)
	static class App {

		private final CountDownLatch never = new CountDownLatch(1);

		@Bean
		CorsOriginLookup verifiedDomains(LookupCalls calls) {
			return (origin) -> {
				calls.count.incrementAndGet();
				if (origin.equals(SLOW)) {
					// Longer than the lookup timeout; the starter stops waiting first.
					this.never.await(10, TimeUnit.SECONDS);
				}
				return origin.endsWith(VERIFIED);
			};
		}

	}

}
