package dev.crossorigin.cors.autoconfigure;

import java.time.Instant;
import java.util.List;

import dev.crossorigin.cors.policy.CorsDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsMetrics}: every decision and update counted once in each registry
 * bound so far, and requests that are not CORS requests counted nowhere.
 */
class CorsMetricsTests {

	private final CorsMetrics metrics = new CorsMetrics();

	private final SimpleMeterRegistry first = new SimpleMeterRegistry();

	private final SimpleMeterRegistry second = new SimpleMeterRegistry();

	@Test
	void decisionsAreCountedInEveryRegistryBoundBeforeThem() {
		this.metrics.onDecision(CorsDecision.ACTUAL_ALLOWED);
		this.metrics.bindTo(this.first);
		this.metrics.onDecision(CorsDecision.ACTUAL_ALLOWED);
		this.metrics.bindTo(this.second);
		this.metrics.onDecision(CorsDecision.ACTUAL_ALLOWED);
		this.metrics.onDecision(CorsDecision.PREFLIGHT_ACCEPTED);
		this.metrics.onDecision(CorsDecision.NOT_CORS);
		this.metrics.onDecision(CorsDecision.NOT_COVERED);
		assertThat(count(this.first, "actual")).isEqualTo(2);
		assertThat(count(this.first, "preflight")).isEqualTo(1);
		assertThat(count(this.second, "actual")).isEqualTo(1);
		assertThat(count(this.second, "preflight")).isEqualTo(1);
		assertThat(total(this.first)).isEqualTo(3);
		assertThat(total(this.second)).isEqualTo(2);
	}

	@Test
	void updatesAreCountedInEveryRegistryBoundBeforeThem() {
		this.metrics.bindTo(this.first);
		this.metrics.onUpdate(update(CorsPolicyUpdate.Outcome.APPLIED));
		this.metrics.bindTo(this.second);
		this.metrics.onUpdate(update(CorsPolicyUpdate.Outcome.REFUSED));
		assertThat(updates(this.first, "applied")).isEqualTo(1);
		assertThat(updates(this.first, "refused")).isEqualTo(1);
		assertThat(updates(this.second, "applied")).isZero();
		assertThat(updates(this.second, "refused")).isEqualTo(1);
	}

	private static double count(SimpleMeterRegistry registry, String type) {
		return registry.get(CorsMetrics.METER_NAME)
			.tags("type", type, "outcome", "allowed", "reason", "none", "source", "configuration")
			.counter()
			.count();
	}

	private static double total(SimpleMeterRegistry registry) {
		return registry.get(CorsMetrics.METER_NAME).counters().stream().mapToDouble(Counter::count).sum();
	}

	private static double updates(SimpleMeterRegistry registry, String outcome) {
		return registry.get(CorsMetrics.UPDATES_METER_NAME).tag("outcome", outcome).counter().count();
	}

	private static CorsPolicyUpdate update(CorsPolicyUpdate.Outcome outcome) {
		return new CorsPolicyUpdate(outcome, 2, Instant.EPOCH, "test", List.of());
	}

}
