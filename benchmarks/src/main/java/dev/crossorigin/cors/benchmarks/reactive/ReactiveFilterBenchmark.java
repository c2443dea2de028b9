package dev.crossorigin.cors.benchmarks.reactive;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.benchmarks.Outcome;
import dev.crossorigin.cors.benchmarks.Policies;
import dev.crossorigin.cors.benchmarks.Scenario;
import dev.crossorigin.cors.benchmarks.StarterContext;
import dev.crossorigin.cors.benchmarks.Subject;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.TearDown;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Our {@link CorsReactiveWebFilter}, taken from the auto-configuration, against Spring's
 * {@link CorsWebFilter} on the same reusable exchange, with a pass-through filter on the
 * same exchange as the floor. Each call runs the request as WebFlux does: the filter's
 * {@link Mono} is subscribed to, and once it completes the response is committed, running
 * the commit actions the filter registered.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReactiveFilterBenchmark {

	@Param
	public Scenario scenario;

	private LightServerWebExchange exchange;

	private final CountingChain chain = new CountingChain();

	private final Completion completion = new Completion();

	private StarterContext application;

	private WebFilter passThrough;

	private WebFilter starter;

	private WebFilter spring;

	@Setup
	public void setUp() {
		this.exchange = new LightServerWebExchange(request(this.scenario), new LightServerHttpResponse());
		this.passThrough = (exchange, chain) -> chain.filter(exchange);
		this.application = StarterContext.reactive(this.scenario.policy());
		this.starter = this.application.reactiveFilter();
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", Policies.springConfiguration(this.scenario.policy()));
		this.spring = new CorsWebFilter(source);
		outcome(Subject.PASS_THROUGH).verify(this.scenario, Subject.PASS_THROUGH);
		double counted = this.application.countedDecisions();
		outcome(Subject.STARTER).verify(this.scenario, Subject.STARTER);
		this.application.checkCounted(this.scenario, counted);
		outcome(Subject.SPRING).verify(this.scenario, Subject.SPRING);
		// After the checks every subject completes at once, as measured: an origin lookup
		// is answered from the cache.
		for (Subject subject : Subject.values()) {
			run(filter(subject));
			if (!this.completion.isDone()) {
				throw new IllegalStateException(subject + " on " + this.scenario + " did not complete at once");
			}
		}
	}

	@TearDown
	public void tearDown() {
		this.application.close();
	}

	/** The application our filter comes from. */
	public StarterContext application() {
		return this.application;
	}

	/** The response the benchmarks write to. */
	public LightServerHttpResponse response() {
		return this.exchange.getResponse();
	}

	/**
	 * Runs one subject once on fresh state, waits for the response to be committed, and
	 * reports what it did.
	 */
	public Outcome outcome(Subject subject) {
		run(filter(subject));
		this.completion.await();
		LightServerHttpResponse response = this.exchange.getResponse();
		if (!response.isCommitted()) {
			throw new IllegalStateException(subject + " on " + this.scenario + ": the response was not committed");
		}
		HttpStatusCode status = response.getStatusCode();
		return new Outcome((status != null) ? status.value() : 200, this.chain.calls > 0,
				(name) -> response.getHeaders().getFirst(name));
	}

	private WebFilter filter(Subject subject) {
		return switch (subject) {
			case PASS_THROUGH -> this.passThrough;
			case STARTER -> this.starter;
			case SPRING -> this.spring;
		};
	}

	@Benchmark
	public LightServerHttpResponse passThrough() {
		return run(this.passThrough);
	}

	@Benchmark
	public LightServerHttpResponse starter() {
		return run(this.starter);
	}

	@Benchmark
	public LightServerHttpResponse spring() {
		return run(this.spring);
	}

	private LightServerHttpResponse run(WebFilter filter) {
		// Recycling and completing are part of every subject's time, so they cancel out
		// against the floor.
		this.exchange.recycle();
		this.chain.calls = 0;
		this.completion.start(filter.filter(this.exchange, this.chain), this.exchange.getResponse());
		return this.exchange.getResponse();
	}

	static LightServerHttpRequest request(Scenario scenario) {
		LightServerHttpRequest request = new LightServerHttpRequest(scenario.method(),
				"http://localhost:8080" + Scenario.PATH);
		scenario.headers().forEach(request::header);
		return request;
	}

	/**
	 * Ends the chain, counting calls so that the checks can tell whether a filter passed
	 * the request on.
	 */
	static final class CountingChain implements WebFilterChain {

		int calls;

		@Override
		public Mono<Void> filter(ServerWebExchange exchange) {
			this.calls++;
			return Mono.empty();
		}

	}

	/**
	 * What WebFlux does with the filter chain's {@link Mono}: subscribes to it and, when
	 * it completes, commits the response ({@code setComplete()}) and waits for that too.
	 * One instance, reused for every request, so the harness allocates nothing of its
	 * own.
	 */
	static final class Completion implements CoreSubscriber<Void> {

		private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

		/**
		 * {@link #done} with release and acquire semantics, which cost no fence on x86 (a
		 * volatile write would), and still show a request completed on another thread.
		 */
		private static final VarHandle DONE;

		static {
			try {
				DONE = MethodHandles.lookup().findVarHandle(Completion.class, "done", boolean.class);
			}
			catch (ReflectiveOperationException ex) {
				throw new ExceptionInInitializerError(ex);
			}
		}

		private @Nullable LightServerHttpResponse response;

		/**
		 * Whether the filter's Mono has completed and the commit is under way or done.
		 */
		private boolean committing;

		private boolean done;

		private @Nullable Throwable failure;

		void start(Mono<Void> filtered, LightServerHttpResponse response) {
			this.response = response;
			this.committing = false;
			this.failure = null;
			DONE.setRelease(this, false);
			filtered.subscribe(this);
		}

		/** Whether the request is done, its response committed. */
		boolean isDone() {
			return (boolean) DONE.getAcquire(this);
		}

		/**
		 * Waits until the request is done (at once, unless an origin lookup had to be
		 * asked), and rethrows its failure.
		 */
		void await() {
			long deadline = System.nanoTime() + TIMEOUT_NANOS;
			while (!isDone()) {
				if (System.nanoTime() - deadline > 0) {
					throw new IllegalStateException("The request did not complete within 10 s");
				}
				Thread.onSpinWait();
			}
			if (this.failure != null) {
				throw new IllegalStateException("The request failed", this.failure);
			}
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(Void value) {
		}

		@Override
		public void onError(Throwable failure) {
			this.failure = failure;
			DONE.setRelease(this, true);
		}

		@Override
		public void onComplete() {
			if (this.committing) {
				DONE.setRelease(this, true);
				return;
			}
			this.committing = true;
			this.response.setComplete().subscribe(this);
		}

	}

}
