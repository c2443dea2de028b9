package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The clock of the lookup's cache: read on every cached answer, so it is a field that a
 * daemon thread sets from {@link System#nanoTime()} every {@link #TICK}, not a call into
 * the operating system per request. Answers expire up to one tick late.
 */
final class CoarseTicker implements Ticker, AutoCloseable {

	/** How often the clock moves on. */
	static final Duration TICK = Duration.ofMillis(100);

	private final ScheduledExecutorService timer;

	private volatile long nanos = System.nanoTime();

	CoarseTicker() {
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "cors-origin-lookup-clock");
			thread.setDaemon(true);
			return thread;
		});
		long tick = TICK.toNanos();
		this.timer.scheduleAtFixedRate(() -> this.nanos = System.nanoTime(), tick, tick, TimeUnit.NANOSECONDS);
	}

	@Override
	public long read() {
		return this.nanos;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}
