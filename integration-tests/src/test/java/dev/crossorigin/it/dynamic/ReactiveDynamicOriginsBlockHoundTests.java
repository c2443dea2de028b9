package dev.crossorigin.it.dynamic;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

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
import org.springframework.context.annotation.Import;

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
		// A call BlockHound treats as blocking (parking the thread), made on a thread it
		// watches; it must fail at once rather than park.
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> Mono.fromCallable(() -> {
			LockSupport.parkNanos(1_000);
			return "parked";
		}).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
			.withCauseInstanceOf(BlockingOperationError.class);
	}

	@UnsecuredTestApplication
	@Import(DynamicOriginsConfiguration.class)
	static class App {

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
