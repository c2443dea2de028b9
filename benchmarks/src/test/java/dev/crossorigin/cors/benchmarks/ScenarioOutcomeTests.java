package dev.crossorigin.cors.benchmarks;

import dev.crossorigin.cors.benchmarks.reactive.ReactiveFilterBenchmark;
import dev.crossorigin.cors.benchmarks.servlet.ServletFilterBenchmark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every scenario gives the same CORS outcome from our filter and from Spring's, on both
 * stacks, and the expected decision from the engine: the benchmarks compare filters doing
 * the same job. Nothing here is timed.
 */
class ScenarioOutcomeTests {

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void servletFiltersAgreeOnEveryScenario(Scenario scenario) throws Exception {
		ServletFilterBenchmark benchmark = new ServletFilterBenchmark();
		benchmark.scenario = scenario;
		assertThatNoException().isThrownBy(benchmark::setUp);
		for (Subject subject : Subject.values()) {
			benchmark.outcome(subject).verify(scenario, subject);
			// Repeatable: the recycled request and response start every run afresh.
			benchmark.outcome(subject).verify(scenario, subject);
		}
	}

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void reactiveFiltersAgreeOnEveryScenario(Scenario scenario) {
		ReactiveFilterBenchmark benchmark = new ReactiveFilterBenchmark();
		benchmark.scenario = scenario;
		assertThatNoException().isThrownBy(benchmark::setUp);
		for (Subject subject : Subject.values()) {
			benchmark.outcome(subject).verify(scenario, subject);
			benchmark.outcome(subject).verify(scenario, subject);
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

}
