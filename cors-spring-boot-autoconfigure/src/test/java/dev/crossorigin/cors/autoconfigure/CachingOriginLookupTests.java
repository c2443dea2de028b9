package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.crossorigin.conformance.LogEvents;
import dev.crossorigin.cors.policy.DynamicOriginLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CachingOriginLookup}: answers cached with their own time to live,
 * concurrent questions coalesced, slow or failed lookups refusing without being cached.
 */
class CachingOriginLookupTests {

	private static final String ORIGIN = "https://shop.customer.example";

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicInteger calls = new AtomicInteger();

	private final List<CachingOriginLookup> lookups = new ArrayList<>();

	private final CorsProperties.Lookup settings = new CorsProperties.Lookup();

	@AfterEach
	void shutDown() {
		this.lookups.forEach(CachingOriginLookup::destroy);
	}

	private CachingOriginLookup blocking(CorsOriginLookup lookup) {
		return kept(CachingOriginLookup.blocking((origin) -> lookup.isAllowed(asked(origin)), this.settings,
				this.nanos::get));
	}

	/**
	 * A lookup whose answer arrives on the test's own thread. Caffeine notes when an
	 * answer arrived in a callback on the thread that completes it, so a test that moves
	 * the clock after an answer must not let a pool thread complete it: the test could
	 * move the clock before the arrival is noted, and the answer would then live longer
	 * than the test expects.
	 */
	private CachingOriginLookup onThisThread(CorsOriginLookup lookup) {
		return reactive((origin) -> Mono.fromCallable(() -> lookup.isAllowed(origin)));
	}

	private CachingOriginLookup reactive(ReactiveCorsOriginLookup lookup) {
		return kept(CachingOriginLookup.reactive((origin) -> lookup.isAllowed(asked(origin)), this.settings,
				this.nanos::get));
	}

	/** Counts a call to the application's lookup, before it runs. */
	private String asked(String origin) {
		this.calls.incrementAndGet();
		return origin;
	}

	/** Destroyed after the test. */
	private CachingOriginLookup kept(CachingOriginLookup lookup) {
		this.lookups.add(lookup);
		return lookup;
	}

	private void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	@Test
	void anAllowedOriginIsCachedForTheCacheTtl() throws Exception {
		CachingOriginLookup lookup = onThisThread((origin) -> true);
		assertThat(lookup.lookUp(ORIGIN).get()).isTrue();
		advance(Duration.ofMinutes(4));
		assertThat(lookup.lookUp(ORIGIN).get()).isTrue();
		assertThat(this.calls).hasValue(1);
		advance(Duration.ofMinutes(2));
		assertThat(lookup.lookUp(ORIGIN).get()).isTrue();
		assertThat(this.calls).hasValue(2);
		assertThat(lookup.allowed()).isEqualTo(2);
	}

	@Test
	void aRefusedOriginIsCachedForTheShorterNegativeTtl() throws Exception {
		CachingOriginLookup lookup = onThisThread((origin) -> false);
		assertThat(lookup.lookUp(ORIGIN).get()).isFalse();
		advance(Duration.ofSeconds(50));
		assertThat(lookup.lookUp(ORIGIN).get()).isFalse();
		assertThat(this.calls).hasValue(1);
		advance(Duration.ofSeconds(20));
		assertThat(lookup.lookUp(ORIGIN).get()).isFalse();
		assertThat(this.calls).hasValue(2);
		assertThat(lookup.refused()).isEqualTo(2);
	}

	@Test
	void theKnownAnswerIsWhatTheCacheHoldsWithoutAskingAgain() throws Exception {
		Sinks.One<Boolean> release = Sinks.one();
		CachingOriginLookup lookup = reactive((origin) -> release.asMono());
		assertThat(lookup.knownAnswer(ORIGIN)).isEqualTo(DynamicOriginLookup.Answer.UNKNOWN);
		CompletableFuture<Boolean> answer = lookup.lookUp(ORIGIN);
		assertThat(lookup.knownAnswer(ORIGIN)).as("pending").isEqualTo(DynamicOriginLookup.Answer.UNKNOWN);
		release.tryEmitValue(true).orThrow();
		assertThat(answer).isCompletedWithValue(true);
		assertThat(lookup.knownAnswer(ORIGIN)).isEqualTo(DynamicOriginLookup.Answer.ALLOWED);
		advance(Duration.ofMinutes(6));
		assertThat(lookup.knownAnswer(ORIGIN)).as("after the cache TTL").isEqualTo(DynamicOriginLookup.Answer.UNKNOWN);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aKnownRefusalLastsTheNegativeTtl() throws Exception {
		CachingOriginLookup lookup = onThisThread((origin) -> false);
		assertThat(lookup.lookUp(ORIGIN).get()).isFalse();
		assertThat(lookup.knownAnswer(ORIGIN)).isEqualTo(DynamicOriginLookup.Answer.REFUSED);
		advance(Duration.ofSeconds(70));
		assertThat(lookup.knownAnswer(ORIGIN)).isEqualTo(DynamicOriginLookup.Answer.UNKNOWN);
		assertThat(lookup.lookUp(ORIGIN).get()).isFalse();
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void theCoarseClockMovesOnUntilClosed() {
		try (CoarseTicker ticker = new CoarseTicker()) {
			long first = ticker.read();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (ticker.read() == first && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			assertThat(ticker.read() - first).isGreaterThanOrEqualTo(CoarseTicker.TICK.toNanos() / 2);
		}
	}

	@Test
	void concurrentQuestionsAboutOneOriginShareOneLookup() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CachingOriginLookup lookup = blocking((origin) -> release.await(10, TimeUnit.SECONDS));
		List<CompletableFuture<Boolean>> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add(lookup.lookUp(ORIGIN));
		}
		release.countDown();
		for (CompletableFuture<Boolean> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aLookupSlowerThanTheTimeoutRefusesAndIsAskedAgainNextTime() throws Exception {
		this.settings.setTimeout(Duration.ofMillis(100));
		CountDownLatch release = new CountDownLatch(1);
		CachingOriginLookup lookup = blocking((origin) -> release.await(10, TimeUnit.SECONDS));
		try (LogEvents log = LogEvents.of(CachingOriginLookup.class)) {
			CompletableFuture<Boolean> answer = lookup.lookUp(ORIGIN);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
				.withCauseInstanceOf(TimeoutException.class);
			assertThat(log.lines()).singleElement()
				.asString()
				.startsWith("WARN")
				.contains("took longer than 100 ms for origin '" + ORIGIN + "'; the origin is refused");
		}
		release.countDown();
		assertThat(lookup.timedOut()).isEqualTo(1);
		assertThat(lookup.lookUp(ORIGIN).get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aFailedLookupRefusesAndIsAskedAgainNextTime() throws Exception {
		AtomicInteger attempt = new AtomicInteger();
		CachingOriginLookup lookup = blocking((origin) -> {
			if (attempt.incrementAndGet() == 1) {
				throw new IllegalStateException("database unavailable");
			}
			return true;
		});
		try (LogEvents log = LogEvents.of(CachingOriginLookup.class)) {
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> lookup.lookUp(ORIGIN).get())
				.havingRootCause()
				.withMessage("database unavailable");
			assertThat(log.lines()).singleElement()
				.asString()
				.startsWith("WARN")
				.contains("failed for origin '" + ORIGIN + "'");
		}
		assertThat(lookup.failed()).isEqualTo(1);
		assertThat(lookup.lookUp(ORIGIN).get()).isTrue();
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aReactiveLookupIsCachedAndCoalescedToo() throws Exception {
		Sinks.One<Boolean> answer = Sinks.one();
		CachingOriginLookup lookup = reactive((origin) -> answer.asMono());
		CompletableFuture<Boolean> first = lookup.lookUp(ORIGIN);
		CompletableFuture<Boolean> second = lookup.lookUp(ORIGIN);
		assertThat(first).isNotDone();
		answer.tryEmitValue(true);
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(lookup.lookUp(ORIGIN)).isCompletedWithValue(true);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void anEmptyReactiveAnswerRefuses() throws Exception {
		CachingOriginLookup lookup = reactive((origin) -> Mono.empty());
		assertThat(lookup.lookUp(ORIGIN).get(10, TimeUnit.SECONDS)).isFalse();
	}

}
