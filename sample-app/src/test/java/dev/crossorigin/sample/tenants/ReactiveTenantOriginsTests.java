package dev.crossorigin.sample.tenants;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.netty.http.HttpResources;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenants' origins on Spring WebFlux and Netty, with BlockHound watching the event
 * loop: a blocking call there (JDBC, say) fails the request that made it, and with it the
 * test. BlockHound stays in the JVM once installed, so these tests run in a JVM of their
 * own (the {@code blockhound} tag: see the module's pom).
 */
@Tag("blockhound")
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "spring.main.web-application-type=reactive", AbstractTenantOriginsTests.REFRESH_INTERVAL })
class ReactiveTenantOriginsTests extends AbstractTenantOriginsTests {

	static {
		// On Spring Boot 3.5 WebFlux runs on Tomcat here (Boot prefers it when both
		// servers are on the class path), and the servlet API's Cookie class reads a
		// resource bundle from its jar once, when first initialized, on whatever thread
		// writes the first cookie: a one-off of class loading, done before BlockHound
		// watches.
		initialize("jakarta.servlet.http.Cookie");
		// Console logging blocks by nature, wherever it runs; what these tests watch
		// is the application's own work.
		BlockHound.install((builder) -> builder.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender",
				"writeBytes"));
	}

	private static void initialize(String className) {
		try {
			Class.forName(className, true, ReactiveTenantOriginsTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void blockingCallOnTheServersEventLoopIsCaughtByBlockHound() {
		CompletableFuture<Throwable> caught = new CompletableFuture<>();
		HttpResources.get().onServer(false).next().execute(() -> {
			try {
				LockSupport.parkNanos(1_000);
				caught.complete(null);
			}
			catch (Throwable ex) {
				caught.complete(ex);
			}
		});
		assertThat(caught.orTimeout(10, TimeUnit.SECONDS).join()).isInstanceOf(BlockingOperationError.class);
		assertThat(Thread.currentThread().getName()).doesNotStartWith("reactor-http");
	}

}
