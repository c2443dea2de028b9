package dev.crossorigin.cors.benchmarks;

import dev.crossorigin.cors.benchmarks.reactive.ReactiveFilterBenchmark;
import dev.crossorigin.cors.benchmarks.servlet.ServletFilterBenchmark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every scenario gives the same CORS outcome from our filter (taken from the
 * auto-configuration) and from Spring's, on both stacks, and the expected decision from
 * the engine: the benchmarks compare filters doing the same job. Nothing here is timed.
 */
class ScenarioOutcomeTests {

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void servletFiltersAgreeOnEveryScenario(Scenario scenario) throws Exception {
		ServletFilterBenchmark benchmark = new ServletFilterBenchmark();
		benchmark.scenario = scenario;
		assertThatNoException().isThrownBy(benchmark::setUp);
		try {
			assertEverySubjectDoesTheJob(scenario, benchmark::outcome);
		}
		finally {
			benchmark.tearDown();
		}
	}

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void reactiveFiltersAgreeOnEveryScenario(Scenario scenario) throws Exception {
		ReactiveFilterBenchmark benchmark = new ReactiveFilterBenchmark();
		benchmark.scenario = scenario;
		assertThatNoException().isThrownBy(benchmark::setUp);
		try {
			assertEverySubjectDoesTheJob(scenario, benchmark::outcome);
		}
		finally {
			benchmark.tearDown();
		}
	}

	/**
	 * Each subject's outcome is what the scenario calls for, twice in a row: the recycled
	 * request and response start every run afresh.
	 */
	private static void assertEverySubjectDoesTheJob(Scenario scenario, OutcomeOf outcomes) throws Exception {
		for (Subject subject : Subject.values()) {
			outcomes.of(subject).verify(scenario, subject);
			outcomes.of(subject).verify(scenario, subject);
		}
	}

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void engineReachesTheExpectedDecision(Scenario scenario) {
		EngineBenchmark benchmark = new EngineBenchmark();
		benchmark.scenario = scenario;
		benchmark.setUp();
		assertThat(benchmark.decide().type()).isEqualTo(EngineBenchmark.expectedType(scenario));
	}

	/** Runs one subject on a benchmark's request and tells what it did. */
	@FunctionalInterface
	private interface OutcomeOf {

		Outcome of(Subject subject) throws Exception;

	}

}
