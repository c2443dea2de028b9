package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of origins recently matched to a pattern changes what a decision costs, never
 * what it is: not after a match, not for an origin whose hash equals a remembered one's,
 * not when more origins come than it holds, and not with threads deciding at once.
 */
class RecentMatchesTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOriginPatterns("https://*.c0.example.com")
		.allowedMethods("GET", "PUT")
		.build();

	@Test
	void originMatchedByAPatternIsAllowedAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(decide(POLICY, "https://app.c0.example.com").type()).isEqualTo(Type.ACTUAL_ALLOWED);
		}
	}

	@Test
	void otherOriginsAreStillCheckedAfterAMatch() {
		decide(POLICY, "https://app.c0.example.com");
		assertThat(decide(POLICY, "https://app.c0.example.org").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide(POLICY, "https://c0.example.com").reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decide(POLICY, "https://APP.c0.example.com").reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void originWithTheHashOfARememberedOneIsStillChecked() {
		String allowed = "https://app.c0.example.com";
		String twin = "https://app.an.example.com";
		assertThat(twin.hashCode()).isEqualTo(allowed.hashCode());
		assertThat(decide(POLICY, allowed).type()).isEqualTo(Type.ACTUAL_ALLOWED);
		assertThat(decide(POLICY, twin).reason()).isEqualTo(Reason.ORIGIN);
	}

	@Test
	void moreOriginsThanTheTableHoldsAreAllStillAllowed() {
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
				assertThat(decide(POLICY, "https://user-" + i + ".c0.example.com").type())
					.isEqualTo(Type.ACTUAL_ALLOWED);
			}
		}
	}

	@Test
	void threadsDecidingAtOnceReachTheDecisionsOfOneThreadDecidingAlone() throws Exception {
		List<String> origins = new ArrayList<>();
		for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
			origins.add("https://user-" + i + ".c0.example.com");
			origins.add("https://user-" + i + ".an.example.com");
			origins.add("https://user-" + i + ".c0.example.org");
		}
		origins.add("https://USER.c0.example.com");
		CorsPolicy alone = CorsPolicy.builder().allowedOriginPatterns("https://*.c0.example.com").build();
		List<CorsDecision> expected = origins.stream().map((origin) -> decide(alone, origin)).toList();
		CorsPolicy shared = CorsPolicy.builder().allowedOriginPatterns("https://*.c0.example.com").build();
		int threads = 4;
		CyclicBarrier start = new CyclicBarrier(threads);
		List<Callable<List<String>>> deciders = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random random = new Random(t);
			deciders.add(() -> {
				List<Integer> order = new ArrayList<>();
				for (int i = 0; i < origins.size(); i++) {
					order.add(i);
				}
				List<String> wrong = new ArrayList<>();
				start.await(10, TimeUnit.SECONDS);
				for (int round = 0; round < 100; round++) {
					Collections.shuffle(order, random);
					for (int i : order) {
						CorsDecision decision = decide(shared, origins.get(i));
						if (decision != expected.get(i)) {
							wrong.add(origins.get(i) + " decided " + decision + ", alone " + expected.get(i));
						}
					}
				}
				return wrong;
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<String> wrong = new ArrayList<>();
			for (Future<List<String>> result : executor.invokeAll(deciders, 60, TimeUnit.SECONDS)) {
				wrong.addAll(result.get());
			}
			assertThat(wrong).isEmpty();
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static CorsDecision decide(CorsPolicy policy, String origin) {
		return policy.evaluate(CorsRequest.actual("GET", "/api/x", origin)).decision();
	}

}
