package dev.crossorigin.cors.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import dev.crossorigin.cors.policy.CorsPolicyProblem;
import dev.crossorigin.cors.policy.DynamicOrigins;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

/**
 * Keeps the origins of the application's {@link CorsOriginSource} in force: loads them
 * when the application starts, again every {@code cors.dynamic-origins.refresh-interval},
 * and at once on a {@link CorsOriginsChangedEvent} or a call to {@link #refresh()}. Loads
 * run on a thread of their own, never a request's, one at a time. Each load is validated
 * and compiled into the policy in force ({@link LiveCorsPolicy#activateDynamicOrigins}),
 * which a request then reads like any other policy.
 *
 * <p>
 * A load that fails or takes longer than {@code cors.dynamic-origins.load-timeout} leaves
 * the last good origins in force (none, before the first good load: the policy fails
 * closed) and is reported: logged, counted, and shown by the Actuator {@code cors}
 * endpoint with the origins' number and age.
 */
public final class DynamicCorsOrigins implements SmartLifecycle, ApplicationListener<CorsOriginsChangedEvent> {

	private static final Log logger = LogFactory.getLog(DynamicCorsOrigins.class);

	private final CorsOriginSource source;

	private final LiveCorsPolicy livePolicy;

	private final Duration refreshInterval;

	private final Duration loadTimeout;

	private final Clock clock;

	private final AtomicLong successes = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	private final Object monitor = new Object();

	private @Nullable ScheduledExecutorService scheduler;

	private @Nullable ExecutorService loader;

	/** The load under way, if any; guarded by {@link #monitor}. */
	private @Nullable CompletableFuture<State> loading;

	/** Whether another load is due when the one under way ends; guarded by monitor. */
	private @Nullable CompletableFuture<State> next;

	private volatile State state = new State(0, 0, List.of(), null, null, null, null);

	/** The skipped entries already reported, so that each is logged once. */
	private Set<String> reported = Set.of();

	DynamicCorsOrigins(CorsOriginSource source, LiveCorsPolicy livePolicy, CorsProperties.DynamicOrigins properties,
			Clock clock) {
		this.source = source;
		this.livePolicy = livePolicy;
		this.refreshInterval = properties.getRefreshInterval();
		this.loadTimeout = properties.getLoadTimeout();
		this.clock = clock;
	}

	/**
	 * Loads the origins again now, unless a load is under way, in which case one more
	 * follows it.
	 * @return the state after that load
	 */
	public CompletableFuture<State> refresh() {
		synchronized (this.monitor) {
			ExecutorService loader = this.loader;
			if (loader == null) {
				return CompletableFuture
					.failedFuture(new IllegalStateException("Dynamic CORS origins are not running"));
			}
			if (this.loading != null) {
				if (this.next == null) {
					this.next = new CompletableFuture<>();
				}
				return this.next;
			}
			CompletableFuture<State> result = new CompletableFuture<>();
			this.loading = result;
			start(loader, result);
			return result;
		}
	}

	/**
	 * Starts a load whose outcome completes {@code result}; the caller has made it the
	 * load under way. Called with the monitor held.
	 */
	private void start(ExecutorService loader, CompletableFuture<State> result) {
		Instant started = this.clock.instant();
		CompletableFuture<DynamicOrigins> load;
		try {
			load = CompletableFuture.supplyAsync(this::loadAndCompile, loader);
		}
		catch (RejectedExecutionException ex) {
			this.loading = null;
			result.completeExceptionally(new IllegalStateException("Dynamic CORS origins were stopped", ex));
			return;
		}
		// The callback may run at once, on this thread, if the load is already done.
		load.orTimeout(this.loadTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((origins, failure) -> {
			State after = (failure != null) ? failed(started, failure) : applied(origins, started);
			synchronized (this.monitor) {
				CompletableFuture<State> following = this.next;
				this.next = null;
				this.loading = following;
				if (following != null && this.loader != null) {
					start(this.loader, following);
				}
				else if (following != null) {
					this.loading = null;
					following.completeExceptionally(new IllegalStateException("Dynamic CORS origins were stopped"));
				}
			}
			result.complete(after);
		});
	}

	private DynamicOrigins loadAndCompile() {
		CorsOrigins origins;
		try {
			origins = this.source.load();
		}
		catch (Exception ex) {
			throw new LoadFailedException(ex);
		}
		if (origins == null) {
			throw new LoadFailedException(new IllegalStateException(this.source + " returned null"));
		}
		return DynamicOrigins.compile(origins.origins(), origins.patterns());
	}

	private State applied(DynamicOrigins origins, Instant started) {
		this.livePolicy.activateDynamicOrigins(origins);
		this.successes.incrementAndGet();
		reportSkipped(origins.skipped());
		State previous = this.state;
		Instant now = this.clock.instant();
		State after = new State(origins.originCount(), origins.patternCount(), origins.skipped(), now, started, null,
				null);
		this.state = after;
		if (previous.lastError() != null) {
			logger.info("CORS: dynamic origins loaded again after a failure: " + describe(after));
		}
		else if (previous.loadedAt() == null) {
			logger.info("CORS: dynamic origins loaded from " + ClassUtils.getUserClass(this.source).getName() + ": "
					+ describe(after));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("CORS: dynamic origins loaded: " + describe(after));
		}
		return after;
	}

	private State failed(Instant started, Throwable failure) {
		this.failures.incrementAndGet();
		Throwable cause = cause(failure);
		String error = (cause instanceof TimeoutException)
				? "took longer than the load timeout of " + this.loadTimeout.toMillis() + " ms"
				: cause.getClass().getName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		State previous = this.state;
		State after = new State(previous.origins(), previous.patterns(), previous.skipped(), previous.loadedAt(),
				started, error, this.clock.instant());
		this.state = after;
		String kept = (previous.loadedAt() != null)
				? "the " + describe(previous) + " loaded at " + previous.loadedAt() + " stay in force"
				: "no dynamic origin is allowed until a load succeeds";
		if (!error.equals(previous.lastError())) {
			logger.warn("CORS: loading the dynamic origins failed (" + error + "); " + kept, cause);
		}
		else {
			logger.warn("CORS: loading the dynamic origins failed again (" + error + "); " + kept);
		}
		return after;
	}

	/** The source's own exception, or the timeout, out of the wrappers around it. */
	private static Throwable cause(Throwable failure) {
		Throwable current = failure;
		if (current instanceof CompletionException && current.getCause() != null) {
			current = current.getCause();
		}
		if (current instanceof LoadFailedException && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private void reportSkipped(List<CorsPolicyProblem> skipped) {
		Set<String> now = new HashSet<>();
		for (CorsPolicyProblem problem : skipped) {
			String line = problem.toString();
			now.add(line);
			if (!this.reported.contains(line)) {
				logger.warn("CORS: skipped a dynamic origin, which is not allowed: " + line);
			}
		}
		this.reported = now;
	}

	private static String describe(State state) {
		return state.origins() + " origins and " + state.patterns() + " patterns"
				+ (state.skipped().isEmpty() ? "" : " (" + state.skipped().size() + " invalid entries skipped)");
	}

	/** The origins in force and how the last load went. */
	public State state() {
		return this.state;
	}

	/** Loads that succeeded since start-up. */
	long successes() {
		return this.successes.get();
	}

	/** Loads that failed or timed out since start-up. */
	long failures() {
		return this.failures.get();
	}

	Duration refreshInterval() {
		return this.refreshInterval;
	}

	@Override
	public void onApplicationEvent(CorsOriginsChangedEvent event) {
		refresh();
	}

	/**
	 * Loads the origins before the web server takes requests, waiting at most the load
	 * timeout, then schedules the refreshes.
	 */
	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.loader != null) {
				return;
			}
			this.loader = Executors.newSingleThreadExecutor((task) -> thread(task, "cors-dynamic-origins-loader"));
			this.scheduler = Executors
				.newSingleThreadScheduledExecutor((task) -> thread(task, "cors-dynamic-origins-refresh"));
		}
		// The first load is awaited so that tenants are served from the first request;
		// its outcome, good or bad, is reported by the load itself.
		refresh().join();
		long interval = this.refreshInterval.toMillis();
		this.scheduler.scheduleWithFixedDelay(this::scheduledRefresh, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * A refresh from the schedule, which must not end it: a load reports its own failure,
	 * and anything else is logged here.
	 */
	private void scheduledRefresh() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("CORS: could not start loading the dynamic origins; trying again at the next refresh", ex);
		}
	}

	private static Thread thread(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void stop() {
		synchronized (this.monitor) {
			if (this.scheduler != null) {
				this.scheduler.shutdownNow();
			}
			if (this.loader != null) {
				this.loader.shutdownNow();
			}
			this.scheduler = null;
			this.loader = null;
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.loader != null;
		}
	}

	/**
	 * Starts before the web server ({@code WebServerStartStopLifecycle} runs in the phase
	 * just below {@link SmartLifecycle#DEFAULT_PHASE}), so the first load is in force
	 * when requests arrive.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	/**
	 * The dynamic origins in force and how the last load went.
	 *
	 * @param origins how many exact origins are in force
	 * @param patterns how many origin patterns are in force
	 * @param skipped the invalid entries the last good load skipped, with why
	 * @param loadedAt when the origins in force were loaded, or {@code null} before the
	 * first good load
	 * @param lastAttemptAt when the last load started, or {@code null} before any
	 * @param lastError why the last load failed, or {@code null} when it succeeded
	 * @param lastErrorAt when the last load failed, or {@code null}
	 */
	public record State(int origins, int patterns, List<CorsPolicyProblem> skipped, @Nullable Instant loadedAt,
			@Nullable Instant lastAttemptAt, @Nullable String lastError, @Nullable Instant lastErrorAt) {

		public State {
			skipped = List.copyOf(skipped);
		}

	}

	/** Carries a source's exception out of the loader thread. */
	private static final class LoadFailedException extends RuntimeException {

		LoadFailedException(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}
