package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.crossorigin.cors.policy.CorsFilterSupport;
import dev.crossorigin.cors.policy.DynamicOriginLookup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.ClassUtils;

/**
 * The per-request origin lookup as the filters use it: the application's answers cached
 * in Caffeine, allowed and refused origins each with their own time to live, at most
 * {@code maximum-size} of them; concurrent questions about one origin share one call
 * (Caffeine's {@link AsyncCache} keeps one pending answer per key); every answer
 * completes within the timeout, and a failed or late one refuses the origin without being
 * cached.
 *
 * <p>
 * Every answer, pending or arrived, lives in one cache that expires it the cache's time
 * to live after it arrived; a refusal is also noted in a second cache, with the negative
 * time to live, and counts only while that note lasts. Both expire a fixed time after
 * writing, so Caffeine reads a cache that is not yet half full without recording the
 * read, which keeps a cached answer close to the cost of a configured origin.
 */
final class CachingOriginLookup implements DynamicOriginLookup, DisposableBean {

	private static final Log logger = LogFactory.getLog(CachingOriginLookup.class);

	/** Most blocking lookups run at once; more wait in a queue. */
	static final int BLOCKING_THREADS = 8;

	/** Allowed origins, and the answers not yet arrived. */
	private final AsyncCache<String, Boolean> answers;

	/** Refused origins. */
	private final Cache<String, Boolean> refusals;

	private final BiFunction<String, Executor, CompletableFuture<Boolean>> ask;

	private final CorsProperties.Lookup settings;

	private final String description;

	private final AtomicLong allowed = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong timedOut = new AtomicLong();

	/** The cache's clock, stopped with this lookup where it is ours. */
	private final Ticker ticker;

	/** The threads blocking lookups run on, or {@code null} for a reactive lookup. */
	private final @Nullable ThreadPoolExecutor blockingThreads;

	private CachingOriginLookup(Function<String, CompletableFuture<Boolean>> lookup, String description,
			CorsProperties.Lookup settings, @Nullable ThreadPoolExecutor blockingThreads, Ticker ticker) {
		this.settings = settings;
		this.description = description;
		this.blockingThreads = blockingThreads;
		this.ticker = ticker;
		this.answers = cache(ticker, settings.getMaximumSize(), settings.getCacheTtl()).buildAsync();
		this.refusals = cache(ticker, settings.getMaximumSize(), settings.getNegativeCacheTtl()).build();
		long timeout = settings.getTimeout().toMillis();
		this.ask = (origin, executor) -> lookup.apply(origin)
			.orTimeout(timeout, TimeUnit.MILLISECONDS)
			.whenComplete((answer, failure) -> count(origin, answer, failure))
			.thenApply((answer) -> {
				// Recorded before anyone can see the answer: a refusal is kept for the
				// negative time to live, however long its future stays among the answers.
				if (!Boolean.TRUE.equals(answer)) {
					this.refusals.put(origin, Boolean.FALSE);
				}
				return answer;
			});
	}

	private static Caffeine<Object, Object> cache(Ticker ticker, long maximumSize, Duration timeToLive) {
		// Maintenance (expiry, eviction, the read buffer) runs on the calling thread, in
		// small amortised steps, instead of waking a pool thread from a request's hit.
		return Caffeine.newBuilder()
			.executor(Runnable::run)
			.ticker(ticker)
			.maximumSize(maximumSize)
			.expireAfterWrite(timeToLive);
	}

	/**
	 * A lookup that calls a blocking {@link CorsOriginLookup} on threads of its own,
	 * never a request's or an event loop's.
	 */
	static CachingOriginLookup blocking(CorsOriginLookup lookup, CorsProperties.Lookup settings) {
		return blocking(lookup, settings, new CoarseTicker());
	}

	static CachingOriginLookup blocking(CorsOriginLookup lookup, CorsProperties.Lookup settings, Ticker ticker) {
		ThreadPoolExecutor threads = new ThreadPoolExecutor(BLOCKING_THREADS, BLOCKING_THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(1024), new NamedThreads());
		threads.allowCoreThreadTimeOut(true);
		return new CachingOriginLookup((origin) -> CompletableFuture.supplyAsync(() -> {
			try {
				return lookup.isAllowed(origin);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		}, threads), ClassUtils.getUserClass(lookup).getName(), settings, threads, ticker);
	}

	/**
	 * A lookup that subscribes to a {@link ReactiveCorsOriginLookup}, whose answer
	 * arrives without blocking anyone.
	 */
	static CachingOriginLookup reactive(ReactiveCorsOriginLookup lookup, CorsProperties.Lookup settings) {
		return reactive(lookup, settings, new CoarseTicker());
	}

	static CachingOriginLookup reactive(ReactiveCorsOriginLookup lookup, CorsProperties.Lookup settings,
			Ticker ticker) {
		return new CachingOriginLookup((origin) -> lookup.isAllowed(origin).defaultIfEmpty(false).toFuture(),
				ClassUtils.getUserClass(lookup).getName(), settings, null, ticker);
	}

	@Override
	public CompletableFuture<Boolean> lookUp(String origin) {
		CompletableFuture<Boolean> cached = cached(origin);
		return (cached != null) ? cached : this.answers.get(origin, this.ask);
	}

	@Override
	public Answer knownAnswer(String origin) {
		CompletableFuture<Boolean> cached = cached(origin);
		if (cached == null || !cached.isDone()) {
			return Answer.UNKNOWN;
		}
		return CorsFilterSupport.isAllowed(cached) ? Answer.ALLOWED : Answer.REFUSED;
	}

	/**
	 * The answer the cache holds for an origin: allowed, still pending, or a refusal
	 * within the negative time to live; {@code null} when the origin must be asked about.
	 */
	private @Nullable CompletableFuture<Boolean> cached(String origin) {
		CompletableFuture<Boolean> cached = this.answers.getIfPresent(origin);
		if (cached == null || !cached.isDone() || CorsFilterSupport.isAllowed(cached)
				|| this.refusals.getIfPresent(origin) != null) {
			return cached;
		}
		// A refusal older than the negative time to live, or a failure Caffeine is about
		// to drop: asked about again.
		this.answers.asMap().remove(origin, cached);
		return null;
	}

	private void count(String origin, Boolean answer, Throwable failure) {
		if (failure == null) {
			(Boolean.TRUE.equals(answer) ? this.allowed : this.refused).incrementAndGet();
			return;
		}
		// The origin was validated before it was asked about, so it is safe to log.
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof TimeoutException) {
			this.timedOut.incrementAndGet();
			logger.warn("CORS: the origin lookup " + this.description + " took longer than "
					+ this.settings.getTimeout().toMillis() + " ms for origin '" + origin
					+ "'; the origin is refused and asked about again next time");
		}
		else {
			this.failed.incrementAndGet();
			logger.warn("CORS: the origin lookup " + this.description + " failed for origin '" + origin
					+ "'; the origin is refused and asked about again next time", cause);
		}
	}

	CorsProperties.Lookup settings() {
		return this.settings;
	}

	String description() {
		return this.description;
	}

	/** Origins whose answers are cached now (an estimate, as Caffeine gives it). */
	long cachedAnswers() {
		return this.answers.synchronous().estimatedSize();
	}

	long allowed() {
		return this.allowed.get();
	}

	long refused() {
		return this.refused.get();
	}

	long failed() {
		return this.failed.get();
	}

	long timedOut() {
		return this.timedOut.get();
	}

	@Override
	public void destroy() {
		if (this.ticker instanceof CoarseTicker clock) {
			clock.close();
		}
		if (this.blockingThreads != null) {
			this.blockingThreads.shutdownNow();
		}
	}

	private static final class NamedThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "cors-origin-lookup-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
