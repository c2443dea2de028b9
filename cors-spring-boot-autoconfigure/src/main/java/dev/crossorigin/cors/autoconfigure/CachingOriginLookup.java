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
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
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
 */
final class CachingOriginLookup implements DynamicOriginLookup, DisposableBean {

	private static final Log logger = LogFactory.getLog(CachingOriginLookup.class);

	/** Most blocking lookups run at once; more wait in a queue. */
	static final int BLOCKING_THREADS = 8;

	private final AsyncCache<String, Boolean> cache;

	private final BiFunction<String, Executor, CompletableFuture<Boolean>> ask;

	private final CorsProperties.Lookup settings;

	private final String description;

	private final AtomicLong allowed = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong timedOut = new AtomicLong();

	/** The threads blocking lookups run on, or {@code null} for a reactive lookup. */
	private final @Nullable ThreadPoolExecutor blockingThreads;

	private CachingOriginLookup(Function<String, CompletableFuture<Boolean>> lookup, String description,
			CorsProperties.Lookup settings, @Nullable ThreadPoolExecutor blockingThreads, Ticker ticker) {
		this.settings = settings;
		this.description = description;
		this.blockingThreads = blockingThreads;
		// Maintenance (expiry, eviction, the read buffer) runs on the calling thread, in
		// small amortised steps, instead of waking a pool thread from a request's hit.
		this.cache = Caffeine.newBuilder()
			.executor(Runnable::run)
			.ticker(ticker)
			.maximumSize(settings.getMaximumSize())
			.expireAfter(new AnswerExpiry(settings.getCacheTtl(), settings.getNegativeCacheTtl()))
			.buildAsync();
		long timeout = settings.getTimeout().toMillis();
		this.ask = (origin, executor) -> lookup.apply(origin)
			.orTimeout(timeout, TimeUnit.MILLISECONDS)
			.whenComplete((answer, failure) -> count(origin, answer, failure));
	}

	/**
	 * A lookup that calls a blocking {@link CorsOriginLookup} on threads of its own,
	 * never a request's or an event loop's.
	 */
	static CachingOriginLookup blocking(CorsOriginLookup lookup, CorsProperties.Lookup settings) {
		return blocking(lookup, settings, Ticker.systemTicker());
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
		return reactive(lookup, settings, Ticker.systemTicker());
	}

	static CachingOriginLookup reactive(ReactiveCorsOriginLookup lookup, CorsProperties.Lookup settings,
			Ticker ticker) {
		return new CachingOriginLookup((origin) -> lookup.isAllowed(origin).defaultIfEmpty(false).toFuture(),
				ClassUtils.getUserClass(lookup).getName(), settings, null, ticker);
	}

	@Override
	public CompletableFuture<Boolean> lookUp(String origin) {
		// A hit, the common case, without the mapping function's capture.
		CompletableFuture<Boolean> cached = this.cache.getIfPresent(origin);
		return (cached != null) ? cached : this.cache.get(origin, this.ask);
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
		return this.cache.synchronous().estimatedSize();
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
		if (this.blockingThreads != null) {
			this.blockingThreads.shutdownNow();
		}
	}

	/** An allowed origin is kept for the cache's time to live, a refused one for less. */
	private record AnswerExpiry(Duration allowed, Duration refused) implements Expiry<String, Boolean> {

		@Override
		public long expireAfterCreate(String origin, Boolean answer, long currentTime) {
			return (Boolean.TRUE.equals(answer) ? this.allowed : this.refused).toNanos();
		}

		@Override
		public long expireAfterUpdate(String origin, Boolean answer, long currentTime, long currentDuration) {
			return expireAfterCreate(origin, answer, currentTime);
		}

		@Override
		public long expireAfterRead(String origin, Boolean answer, long currentTime, long currentDuration) {
			return currentDuration;
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
