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
import java.util.function.Supplier;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of origins recently matched to a pattern and of request header lists
 * recently accepted change what a decision costs, never what it is: not after a match,
 * not for a value whose hash equals a remembered one's, not when more values come than a
 * table holds, and not with threads deciding at once.
 */
class RecentMatchesTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOriginPatterns("https://*.c0.example.com")
		.allowedMethods("GET", "PUT")
		.build();

	private static final CorsPolicy HEADERS_POLICY = headersPolicy(0);

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
	void requestHeadersAcceptedBeforeAreAcceptedAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(preflight(HEADERS_POLICY, "Content-Type, X-Trace").type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		}
	}

	@Test
	void otherRequestHeadersAreStillCheckedAfterAnAcceptedList() {
		preflight(HEADERS_POLICY, "Content-Type, X-Trace");
		assertThat(preflight(HEADERS_POLICY, "Content-Type, X-Other").reason()).isEqualTo(Reason.HEADERS);
		assertThat(preflight(HEADERS_POLICY, "Content-Type,, X-Trace").reason()).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void requestHeadersWithTheHashOfAnAcceptedListAreStillChecked() {
		String allowed = "Content-Type, X-Trace";
		String twin = "Content-Type, X-USace";
		assertThat(twin.hashCode()).isEqualTo(allowed.hashCode());
		assertThat(preflight(HEADERS_POLICY, allowed).type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		assertThat(preflight(HEADERS_POLICY, twin).reason()).isEqualTo(Reason.HEADERS);
	}

	@Test
	void acceptedRequestHeadersAreExplainedAsAfterAScan() {
		CorsPolicy policy = headersPolicy(0);
		CorsRequest request = preflightRequest("Content-Type, X-Trace");
		String scanned = policy.explain(request, CorsRequest.READER);
		assertThat(policy.evaluate(request).decision().type()).isEqualTo(Type.PREFLIGHT_ACCEPTED);
		assertThat(policy.explain(request, CorsRequest.READER)).isEqualTo(scanned);
	}

	@Test
	void threadsDecidingAtOnceReachTheDecisionsOfOneThreadDecidingAlone() throws Exception {
		List<CorsRequest> requests = new ArrayList<>();
		for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
			requests.add(actual("https://user-" + i + ".c0.example.com"));
			requests.add(actual("https://user-" + i + ".an.example.com"));
			requests.add(actual("https://user-" + i + ".c0.example.org"));
		}
		requests.add(actual("https://USER.c0.example.com"));
		assertDecidedAtOnceAsAlone(() -> CorsPolicy.builder().allowedOriginPatterns("https://*.c0.example.com").build(),
				requests);
	}

	@Test
	void threadsPreflightingAtOnceReachTheDecisionsOfOneThreadDecidingAlone() throws Exception {
		List<CorsRequest> requests = new ArrayList<>();
		for (int i = 0; i < RecentMatches.SIZE * 4; i++) {
			requests.add(preflightRequest("Content-Type, X-Trace-" + i));
			requests.add(preflightRequest("X-Trace-" + i + ", X-Other"));
			requests.add(preflightRequest("X-Trace-" + i + ",, Content-Type"));
		}
		assertDecidedAtOnceAsAlone(() -> headersPolicy(RecentMatches.SIZE * 4), requests);
	}

	/**
	 * Threads decide the requests at once, each in its own shuffled order, many times,
	 * against one policy, and reach the decisions one thread reaches alone against
	 * another policy built the same way.
	 */
	private static void assertDecidedAtOnceAsAlone(Supplier<CorsPolicy> policies, List<CorsRequest> requests)
			throws Exception {
		CorsPolicy alone = policies.get();
		List<CorsDecision> expected = requests.stream().map((request) -> alone.evaluate(request).decision()).toList();
		CorsPolicy shared = policies.get();
		int threads = 4;
		CyclicBarrier start = new CyclicBarrier(threads);
		List<Callable<List<String>>> deciders = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random random = new Random(t);
			deciders.add(() -> {
				List<Integer> order = new ArrayList<>();
				for (int i = 0; i < requests.size(); i++) {
					order.add(i);
				}
				List<String> wrong = new ArrayList<>();
				start.await(10, TimeUnit.SECONDS);
				for (int round = 0; round < 100; round++) {
					Collections.shuffle(order, random);
					for (int i : order) {
						CorsDecision decision = shared.evaluate(requests.get(i)).decision();
						if (decision != expected.get(i)) {
							wrong.add(requests.get(i) + " decided " + decision + ", alone " + expected.get(i));
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
		return policy.evaluate(actual(origin)).decision();
	}

	private static CorsRequest actual(String origin) {
		return CorsRequest.actual("GET", "/api/x", origin);
	}

	private static CorsDecision preflight(CorsPolicy policy, String requestHeaders) {
		return policy.evaluate(preflightRequest(requestHeaders)).decision();
	}

	private static CorsRequest preflightRequest(String requestHeaders) {
		return CorsRequest.preflight("/api/x", "https://app.c0.example.com", "PUT", requestHeaders);
	}

	/** A policy allowing Content-Type and X-Trace-0 to X-Trace-(n-1). */
	private static CorsPolicy headersPolicy(int traceHeaders) {
		List<String> headers = new ArrayList<>(List.of("Content-Type", "X-Trace"));
		for (int i = 0; i < traceHeaders; i++) {
			headers.add("X-Trace-" + i);
		}
		return CorsPolicy.builder()
			.allowedOriginPatterns("https://*.c0.example.com")
			.allowedMethods("GET", "PUT")
			.allowedHeaders(headers.toArray(String[]::new))
			.build();
	}

}
