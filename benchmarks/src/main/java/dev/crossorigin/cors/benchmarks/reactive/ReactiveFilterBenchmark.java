package dev.crossorigin.cors.benchmarks.reactive;

import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.benchmarks.Outcome;
import dev.crossorigin.cors.benchmarks.Policies;
import dev.crossorigin.cors.benchmarks.Scenario;
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
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Our {@link CorsReactiveWebFilter} against Spring's {@link CorsWebFilter} on the same
 * reusable exchange, with a pass-through filter on the same exchange as the floor. Both
 * filters decide when called, so returning the {@link Mono} measures the whole decision.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReactiveFilterBenchmark {

	@Param
	public Scenario scenario;

	private LightServerWebExchange exchange;

	private final CountingChain chain = new CountingChain();

	private WebFilter passThrough;

	private WebFilter starter;

	private WebFilter spring;

	@Setup
	public void setUp() {
		this.exchange = new LightServerWebExchange(request(this.scenario), new LightServerHttpResponse());
		this.passThrough = (exchange, chain) -> chain.filter(exchange);
		this.starter = new CorsReactiveWebFilter(Policies.corsPolicy(this.scenario.policy()), 0);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", Policies.springConfiguration(this.scenario.policy()));
		this.spring = new CorsWebFilter(source);
		outcome(Subject.PASS_THROUGH).verify(this.scenario, Subject.PASS_THROUGH);
		outcome(Subject.STARTER).verify(this.scenario, Subject.STARTER);
		outcome(Subject.SPRING).verify(this.scenario, Subject.SPRING);
	}

	/** Runs one subject once on fresh state and reports what it did. */
	public Outcome outcome(Subject subject) {
		run(filter(subject)).block();
		LightServerHttpResponse response = this.exchange.getResponse();
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
	public Mono<Void> passThrough() {
		return run(this.passThrough);
	}

	@Benchmark
	public Mono<Void> starter() {
		return run(this.starter);
	}

	@Benchmark
	public Mono<Void> spring() {
		return run(this.spring);
	}

	private Mono<Void> run(WebFilter filter) {
		// Recycling is part of every subject's time, so it cancels out against the floor.
		this.exchange.recycle();
		this.chain.calls = 0;
		return filter.filter(this.exchange, this.chain);
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

}
