package dev.crossorigin.it.dynamic;

import java.time.Duration;

import dev.crossorigin.cors.autoconfigure.ReactiveCorsOriginLookup;
import dev.crossorigin.it.support.UnsecuredTestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Origins supplied at run time on Spring WebFlux and a real Netty, with a non-blocking
 * lookup, and BlockHound installed: a blocking call on an event-loop or parallel thread
 * fails the request. Runs in a JVM of its own (see this module's surefire executions), as
 * BlockHound cannot be uninstalled.
 */
@SpringBootTest(classes = ReactiveDynamicOriginsBlockHoundTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveDynamicOriginsBlockHoundTests extends AbstractDynamicOriginsTests {

	@BeforeAll
	static void installBlockHound() {
		BlockHound.install();
	}

	@Test
	void blockHoundIsActive() {
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
			.withCauseInstanceOf(BlockingOperationError.class);
	}

	@UnsecuredTestApplication
	static class App {

		@Bean
		TenantOrigins tenantOrigins() {
			return new TenantOrigins();
		}

		@Bean
		LookupCalls lookupCalls() {
			return new LookupCalls();
		}

		@Bean
		ReactiveCorsOriginLookup verifiedDomains(LookupCalls calls) {
			return (origin) -> {
				calls.count.incrementAndGet();
				if (origin.equals(SLOW)) {
					return Mono.never();
				}
				// An answer that arrives later, on a timer, as a database's would.
				return Mono.delay(Duration.ofMillis(20)).map((tick) -> origin.endsWith(VERIFIED));
			};
		}

	}

}
