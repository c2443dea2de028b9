package dev.crossorigin.cors.benchmarks.servlet;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.benchmarks.Outcome;
import dev.crossorigin.cors.benchmarks.Policies;
import dev.crossorigin.cors.benchmarks.Scenario;
import dev.crossorigin.cors.benchmarks.StarterContext;
import dev.crossorigin.cors.benchmarks.Subject;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Our {@link CorsServletFilter}, taken from the auto-configuration, against Spring's
 * {@link CorsFilter} on the same reusable request and response, with a pass-through
 * filter on the same objects as the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ServletFilterBenchmark {

	@Param
	public Scenario scenario;

	private LightHttpServletRequest request;

	private LightHttpServletResponse response;

	private final CountingChain chain = new CountingChain();

	private StarterContext application;

	private Filter passThrough;

	private Filter starter;

	private Filter spring;

	@Setup
	public void setUp() throws IOException, ServletException {
		this.request = request(this.scenario);
		this.response = new LightHttpServletResponse();
		this.passThrough = new PassThroughFilter();
		this.application = StarterContext.servlet(this.scenario.policy());
		this.starter = this.application.servletFilter();
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", Policies.springConfiguration(this.scenario.policy()));
		this.spring = new CorsFilter(source);
		outcome(Subject.PASS_THROUGH).verify(this.scenario, Subject.PASS_THROUGH);
		double counted = this.application.countedDecisions();
		outcome(Subject.STARTER).verify(this.scenario, Subject.STARTER);
		this.application.checkCounted(this.scenario, counted);
		outcome(Subject.SPRING).verify(this.scenario, Subject.SPRING);
	}

	@TearDown
	public void tearDown() {
		this.application.close();
	}

	/** The application our filter comes from. */
	public StarterContext application() {
		return this.application;
	}

	/** Runs one subject once on fresh state and reports what it did. */
	public Outcome outcome(Subject subject) throws IOException, ServletException {
		run(filter(subject));
		LightHttpServletResponse response = this.response;
		return new Outcome(response.getStatus(), this.chain.calls > 0, response::getHeader);
	}

	private Filter filter(Subject subject) {
		return switch (subject) {
			case PASS_THROUGH -> this.passThrough;
			case STARTER -> this.starter;
			case SPRING -> this.spring;
		};
	}

	@Benchmark
	public LightHttpServletResponse passThrough() throws IOException, ServletException {
		return run(this.passThrough);
	}

	@Benchmark
	public LightHttpServletResponse starter() throws IOException, ServletException {
		return run(this.starter);
	}

	@Benchmark
	public LightHttpServletResponse spring() throws IOException, ServletException {
		return run(this.spring);
	}

	private LightHttpServletResponse run(Filter filter) throws IOException, ServletException {
		// Recycling is part of every subject's time, so it cancels out against the floor.
		this.request.recycle();
		this.response.recycle();
		this.chain.calls = 0;
		filter.doFilter(this.request, this.response, this.chain);
		return this.response;
	}

	static LightHttpServletRequest request(Scenario scenario) {
		LightHttpServletRequest request = new LightHttpServletRequest(scenario.method(), Scenario.PATH);
		scenario.headers().forEach(request::header);
		return request;
	}

	/**
	 * Ends the chain, counting calls so that the checks can tell whether a filter passed
	 * the request on, and keeping the response it was handed, as a server's chain hands
	 * it on to the servlet: a response wrapper a filter makes per request is then
	 * allocated, as in a server, instead of being optimized away.
	 */
	static final class CountingChain implements FilterChain {

		int calls;

		ServletResponse response;

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) {
			this.calls++;
			this.response = response;
		}

	}

	/** The floor: a filter with no work of its own. */
	static final class PassThroughFilter implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			chain.doFilter(request, response);
		}

	}

}
