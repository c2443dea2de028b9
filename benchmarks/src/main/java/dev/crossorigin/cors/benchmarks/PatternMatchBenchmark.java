package dev.crossorigin.cors.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.benchmarks.EngineBenchmark.HeaderArray;
import dev.crossorigin.cors.benchmarks.Scenario.PolicyShape;
import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 4 without the engine's table of recent pattern matches: every request comes
 * from another subdomain of the last of 100 patterns, so almost every one walks the
 * suffix index. Next to {@link EngineBenchmark}'s {@code LAST_OF_100_PATTERNS}, where one
 * origin repeats as it does from a browser, this is the cost of an origin the engine has
 * not seen lately.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PatternMatchBenchmark {

	/** Far more origins than the table of recent matches holds. */
	private static final int ORIGINS = 4096;

	private CorsPolicy policy;

	private CorsRequest[] requests;

	private int next;

	private final HeaderArray response = new HeaderArray();

	@Setup
	public void setUp() {
		this.policy = Policies.corsPolicy(PolicyShape.MANY_PATTERNS);
		this.requests = new CorsRequest[ORIGINS];
		for (int i = 0; i < ORIGINS; i++) {
			this.requests[i] = CorsRequest.actual("GET", Scenario.PATH,
					"https://user-" + i + ".tenant-" + Policies.PATTERN_COUNT + ".example.com");
			if (decide().type() != CorsDecision.Type.ACTUAL_ALLOWED) {
				throw new IllegalStateException(this.requests[i] + " was not allowed");
			}
		}
	}

	@Benchmark
	public CorsDecision decide() {
		CorsRequest request = this.requests[this.next];
		this.next = (this.next + 1) & (ORIGINS - 1);
		this.response.clear();
		return this.policy.decide(request, CorsRequest.READER, this.response, HeaderArray.WRITER);
	}

}
