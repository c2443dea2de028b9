package dev.crossorigin.cors.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.crossorigin.cors.benchmarks.Scenario.PolicyShape;
import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequest;
import dev.crossorigin.cors.policy.CorsResponseWriter;
import dev.crossorigin.cors.policy.DynamicOriginLookup;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The decision function alone, {@link CorsPolicy#decide}, on a plain request and a
 * response that stores headers in an array: what the engine costs and allocates
 * ({@code -prof gc}) without any web stack around it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

	@Param
	public Scenario scenario;

	private CorsPolicy policy;

	private CorsRequest request;

	/**
	 * The per-request lookup, where the policy has one: its answer known at once, as from
	 * its cache.
	 */
	private @Nullable DynamicOriginLookup lookup;

	private final HeaderArray response = new HeaderArray();

	@Setup
	public void setUp() {
		this.policy = Policies.corsPolicy(this.scenario.policy());
		this.lookup = (this.scenario.policy() == PolicyShape.LOOKUP) ? DynamicOriginLookup.answered(true) : null;
		this.request = new CorsRequest(this.scenario.method(), Scenario.PATH, this.scenario.origin(),
				this.scenario.requestMethod(), this.scenario.requestHeaders(), null);
		CorsDecision decision = decide();
		if (decision.type() != expectedType(this.scenario)) {
			throw new IllegalStateException(this.scenario + " decided " + decision);
		}
	}

	/**
	 * The engine's part of a request: with a per-request lookup, one decision that asks
	 * it for its known answer (here always yes, as from its cache).
	 */
	@Benchmark
	public @Nullable CorsDecision decide() {
		this.response.clear();
		return this.policy.decide(this.request, CorsRequest.READER, this.response, HeaderArray.WRITER, this.lookup);
	}

	/** The decision the engine must reach for a scenario. */
	public static CorsDecision.Type expectedType(Scenario scenario) {
		if (scenario.origin() == null) {
			return CorsDecision.Type.NOT_CORS;
		}
		if (scenario.isPreflight()) {
			return scenario.isAllowed() ? CorsDecision.Type.PREFLIGHT_ACCEPTED : CorsDecision.Type.PREFLIGHT_REJECTED;
		}
		return scenario.isAllowed() ? CorsDecision.Type.ACTUAL_ALLOWED : CorsDecision.Type.ACTUAL_REJECTED;
	}

	/**
	 * Response headers in a fixed array, so that writing them costs the engine next to
	 * nothing.
	 */
	static final class HeaderArray {

		static final CorsResponseWriter<HeaderArray> WRITER = new CorsResponseWriter<>() {

			@Override
			public void setHeader(HeaderArray response, String name, String value) {
				response.set(name, value);
			}

			@Override
			public boolean hasHeader(HeaderArray response, String name) {
				return response.get(name) != null;
			}

			@Override
			public Collection<String> headerValues(HeaderArray response, String name) {
				String value = response.get(name);
				return (value != null) ? List.of(value) : List.of();
			}

		};

		private final String[] names = new String[16];

		private final String[] values = new String[16];

		private int size;

		void clear() {
			this.size = 0;
		}

		String get(String name) {
			for (int i = 0; i < this.size; i++) {
				if (this.names[i].equals(name)) {
					return this.values[i];
				}
			}
			return null;
		}

		void set(String name, String value) {
			for (int i = 0; i < this.size; i++) {
				if (this.names[i].equals(name)) {
					this.values[i] = value;
					return;
				}
			}
			this.names[this.size] = name;
			this.values[this.size++] = value;
		}

	}

}
