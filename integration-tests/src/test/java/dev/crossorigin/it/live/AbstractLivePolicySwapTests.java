package dev.crossorigin.it.live;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.crossorigin.cors.autoconfigure.CorsPolicyUpdater;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.it.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.crossorigin.it.support.Http.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy flips between two policies thousands of times while client threads send
 * preflights and actual requests to a real server: every response is entirely one
 * policy's answer or the other's, never a mix (one policy's credentials with the other's
 * {@code Max-Age} or exposed headers), and nothing fails. Subclasses choose the stack.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractLivePolicySwapTests {

	private static final int CLIENTS = 8;

	private static final int REQUESTS_PER_CLIENT = 400;

	private static final CorsPolicy A = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT")
		.exposedHeaders("X-A")
		.allowCredentials(true)
		.maxAge(Duration.ofSeconds(100))
		.build();

	private static final CorsPolicy B = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "POST")
		.exposedHeaders("X-B")
		.maxAge(Duration.ofSeconds(200))
		.build();

	private static final Map<String, String> A_PREFLIGHT = Map.of("access-control-allow-origin", APP,
			"access-control-allow-credentials", "true", "access-control-allow-methods", "GET, PUT",
			"access-control-max-age", "100");

	private static final Map<String, String> B_PREFLIGHT = Map.of("access-control-allow-origin", APP,
			"access-control-allow-methods", "GET, POST", "access-control-max-age", "200");

	private static final Map<String, String> A_ACTUAL = Map.of("access-control-allow-origin", APP,
			"access-control-allow-credentials", "true", "access-control-expose-headers", "X-A");

	private static final Map<String, String> B_ACTUAL = Map.of("access-control-allow-origin", APP,
			"access-control-expose-headers", "X-B");

	@LocalServerPort
	private int port;

	@Autowired
	private CorsPolicyUpdater updater;

	@Test
	void everyResponseIsEntirelyOnePolicysAnswerWhileThePolicyFlips(CapturedOutput output) throws Exception {
		Http http = new Http(this.port);
		AtomicBoolean clientsDone = new AtomicBoolean();
		AtomicInteger flips = new AtomicInteger();
		Map<String, Integer> seen = new ConcurrentHashMap<>();
		List<String> mixed = new ArrayList<>();
		// One of the two policies is live before any client starts: otherwise a client
		// that runs before the flipper's first swap gets the configured policy's answer.
		this.updater.replace(A, "swap test");
		ExecutorService executor = Executors.newFixedThreadPool(CLIENTS + 1);
		try {
			Future<?> flipper = executor.submit(() -> {
				while (!clientsDone.get()) {
					this.updater.replace((flips.incrementAndGet() % 2 == 0) ? A : B, "swap test");
				}
			});
			List<Future<?>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				clients.add(executor.submit(() -> {
					for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
						boolean preflight = (i % 2 == 0);
						HttpResponse<String> response = preflight ? http.preflight("/api/hello", APP, "GET", null)
								: http.get("/api/hello", "Origin", APP);
						Map<String, String> cors = cors(response);
						String which = classify(preflight, cors);
						if (which == null || response.statusCode() >= 500) {
							synchronized (mixed) {
								mixed.add(response.statusCode() + " " + cors);
							}
						}
						else {
							seen.merge(which, 1, Integer::sum);
						}
					}
				}));
			}
			for (Future<?> client : clients) {
				client.get(5, TimeUnit.MINUTES);
			}
			clientsDone.set(true);
			flipper.get(1, TimeUnit.MINUTES);
		}
		finally {
			clientsDone.set(true);
			executor.shutdownNow();
		}
		assertThat(mixed).as("responses that are not wholly one policy's, or failed").isEmpty();
		assertThat(flips.get()).as("policy flips").isGreaterThan(1000);
		assertThat(seen).as("answers of each policy")
			.containsKeys("A preflight", "B preflight", "A actual", "B actual");
		assertThat(output).doesNotContain(" ERROR ");
	}

	private static String classify(boolean preflight, Map<String, String> cors) {
		if (cors.equals(preflight ? A_PREFLIGHT : A_ACTUAL)) {
			return "A " + (preflight ? "preflight" : "actual");
		}
		if (cors.equals(preflight ? B_PREFLIGHT : B_ACTUAL)) {
			return "B " + (preflight ? "preflight" : "actual");
		}
		return null;
	}

	private static Map<String, String> cors(HttpResponse<String> response) {
		Map<String, String> cors = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("access-control-")) {
				cors.put(lower, String.join("|", values));
			}
		});
		return cors;
	}

}
