package dev.crossorigin.cors.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.crossorigin.cors.benchmarks.reactive.LightServerHttpResponse;
import dev.crossorigin.cors.benchmarks.reactive.ReactiveFilterBenchmark;
import dev.crossorigin.cors.benchmarks.servlet.ServletFilterBenchmark;
import dev.crossorigin.cors.policy.CorsPolicy;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks run what an application runs: our filters with their metrics and dynamic
 * origins as the auto-configuration wires them, and a reactive response that runs its
 * commit actions when it completes. Nothing here is timed.
 */
class HarnessTests {

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void servletDecisionsAreCountedOncePerCorsRequest(Scenario scenario) throws Exception {
		withServlet(scenario, (benchmark) -> {
			double before = benchmark.application().countedDecisions();
			benchmark.outcome(Subject.STARTER);
			assertThat(benchmark.application().countedDecisions() - before)
				.isEqualTo((scenario.origin() != null) ? 1.0 : 0.0);
		});
	}

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void reactiveDecisionsAreCountedOncePerCorsRequest(Scenario scenario) {
		withReactive(scenario, (benchmark) -> {
			double before = benchmark.application().countedDecisions();
			benchmark.outcome(Subject.STARTER);
			assertThat(benchmark.application().countedDecisions() - before)
				.isEqualTo((scenario.origin() != null) ? 1.0 : 0.0);
		});
	}

	@Test
	void servletLookupIsAskedOnceThenAnsweredFromItsCache() throws Exception {
		withServlet(Scenario.LOOKUP_CACHED_HIT, (benchmark) -> {
			benchmark.outcome(Subject.STARTER);
			benchmark.outcome(Subject.STARTER);
			assertThat(benchmark.application().lookupCalls()).isOne();
		});
	}

	@Test
	void reactiveLookupIsAskedOnceThenAnsweredFromItsCache() {
		withReactive(Scenario.LOOKUP_CACHED_HIT, (benchmark) -> {
			benchmark.outcome(Subject.STARTER);
			benchmark.outcome(Subject.STARTER);
			assertThat(benchmark.application().lookupCalls()).isOne();
		});
	}

	@Test
	void reactiveStarterRegistersACommitActionForAnAllowedOriginWhichRunsAtCompletion() {
		withReactive(Scenario.ALLOWED_ORIGIN, (benchmark) -> {
			benchmark.outcome(Subject.STARTER);
			assertThat(benchmark.response().commitActionCount()).isOne();
			assertThat(benchmark.response().isCommitted()).isTrue();
		});
	}

	@Test
	void policyDoesNotExplainItsDecisionsInTheLog() {
		// As in an application at the default INFO level: no DEBUG line per request.
		assertThat(LogFactory.getLog(CorsPolicy.class).isDebugEnabled()).isFalse();
	}

	@Test
	void commitRunsTheActionsInOrderOnceThenMarksTheResponseCommitted() {
		LightServerHttpResponse response = new LightServerHttpResponse();
		List<String> ran = new ArrayList<>();
		response.beforeCommit(() -> Mono.fromRunnable(() -> ran.add("first")));
		response.beforeCommit(() -> Mono.fromRunnable(() -> ran.add("second")));
		assertThat(response.isCommitted()).isFalse();
		response.setComplete().block();
		response.setComplete().block();
		assertThat(ran).containsExactly("first", "second");
		assertThat(response.isCommitted()).isTrue();
	}

	@Test
	void commitActionsSeeTheHeadersTheApplicationWrote() {
		LightServerHttpResponse response = new LightServerHttpResponse();
		response.beforeCommit(() -> Mono.fromRunnable(() -> response.getHeaders().add("Vary", "Origin")));
		response.getHeaders().set("Vary", "Accept");
		response.setComplete().block();
		assertThat(response.getHeaders().get("Vary")).containsExactly("Accept", "Origin");
	}

	@Test
	void recycledResponseStartsUncommittedWithoutActions() {
		LightServerHttpResponse response = new LightServerHttpResponse();
		response.beforeCommit(Mono::empty);
		response.setComplete().block();
		response.recycle();
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.commitActionCount()).isZero();
	}

	/** Sets a servlet benchmark up for a scenario, runs the checks, and tears it down. */
	private static void withServlet(Scenario scenario, Checks<ServletFilterBenchmark> checks) throws Exception {
		ServletFilterBenchmark benchmark = new ServletFilterBenchmark();
		benchmark.scenario = scenario;
		benchmark.setUp();
		try {
			checks.run(benchmark);
		}
		finally {
			benchmark.tearDown();
		}
	}

	/**
	 * Sets a reactive benchmark up for a scenario, runs the checks, and tears it down.
	 */
	private static void withReactive(Scenario scenario, Checks<ReactiveFilterBenchmark> checks) {
		ReactiveFilterBenchmark benchmark = new ReactiveFilterBenchmark();
		benchmark.scenario = scenario;
		benchmark.setUp();
		try {
			checks.run(benchmark);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			benchmark.tearDown();
		}
	}

	@FunctionalInterface
	private interface Checks<B> {

		void run(B benchmark) throws Exception;

	}

}
