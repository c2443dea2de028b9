package dev.crossorigin.cors.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsDecisionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Counts CORS decisions in {@code cors.requests}, tagged {@code type} (preflight,
 * actual), {@code outcome} (allowed, rejected), {@code reason} (origin, method, headers,
 * private-network, malformed, none) and {@code source}, what allowed the origin
 * (configuration, snapshot, lookup; none for a rejection), and run-time policy updates in
 * {@code cors.policy.updates}, tagged {@code outcome} (applied, refused, skipped). The
 * origin itself is never a tag: its values are chosen by whoever sends requests. Counters
 * are created once per registry, so counting allocates nothing.
 */
class CorsMetrics implements MeterBinder, CorsDecisionListener, CorsPolicyUpdateListener {

	static final String METER_NAME = "cors.requests";

	static final String UPDATES_METER_NAME = "cors.policy.updates";

	private static final CorsPolicyUpdate.Outcome[] OUTCOMES = CorsPolicyUpdate.Outcome.values();

	private final List<Counter[]> updates = new CopyOnWriteArrayList<>();

	private static final CorsDecision.Reason[] REASONS = CorsDecision.Reason.values();

	private static final CorsDecision.AllowedBy[] SOURCES = CorsDecision.AllowedBy.values();

	private final List<Counter[][]> counters = new CopyOnWriteArrayList<>();

	@Override
	public void bindTo(MeterRegistry registry) {
		CorsDecision.Type[] types = CorsDecision.Type.values();
		Counter[][] byType = new Counter[types.length][];
		for (CorsDecision.Type type : types) {
			byType[type.ordinal()] = countersFor(registry, type);
		}
		this.counters.add(byType);
		Counter[] byOutcome = new Counter[OUTCOMES.length];
		for (CorsPolicyUpdate.Outcome outcome : OUTCOMES) {
			byOutcome[outcome.ordinal()] = Counter.builder(UPDATES_METER_NAME)
				.description("Run-time updates of the CORS policy")
				.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		this.updates.add(byOutcome);
	}

	/**
	 * A type's counters: by what allowed the origin for an acceptance, by reason for a
	 * rejection.
	 */
	private static Counter[] countersFor(MeterRegistry registry, CorsDecision.Type type) {
		Counter[] bySlot = new Counter[Math.max(REASONS.length, SOURCES.length)];
		switch (type) {
			case PREFLIGHT_ACCEPTED, ACTUAL_ALLOWED -> {
				String kind = (type == CorsDecision.Type.PREFLIGHT_ACCEPTED) ? "preflight" : "actual";
				for (CorsDecision.AllowedBy source : SOURCES) {
					bySlot[source.ordinal()] = counter(registry, kind, "allowed", "none", source.tag());
				}
			}
			case PREFLIGHT_REJECTED, ACTUAL_REJECTED -> {
				String kind = (type == CorsDecision.Type.PREFLIGHT_REJECTED) ? "preflight" : "actual";
				for (CorsDecision.Reason reason : REASONS) {
					bySlot[reason.ordinal()] = counter(registry, kind, "rejected", reason.tag(), "none");
				}
			}
			default -> {
				// Requests without Origin, or outside the policy, are not CORS requests:
				// not counted.
			}
		}
		return bySlot;
	}

	private static Counter counter(MeterRegistry registry, String type, String outcome, String reason, String source) {
		return Counter.builder(METER_NAME)
			.description("CORS requests decided by the CORS filter")
			.tag("type", type)
			.tag("outcome", outcome)
			.tag("reason", reason)
			.tag("source", source)
			.register(registry);
	}

	@Override
	public void onDecision(CorsDecision decision) {
		CorsDecision.Reason reason = decision.reason();
		CorsDecision.AllowedBy allowedBy = decision.allowedBy();
		int slot = (reason != null) ? reason.ordinal() : (allowedBy != null) ? allowedBy.ordinal() : -1;
		if (slot < 0) {
			return;
		}
		for (Counter[][] byType : this.counters) {
			Counter counter = byType[decision.type().ordinal()][slot];
			if (counter != null) {
				counter.increment();
			}
		}
	}

	@Override
	public void onUpdate(CorsPolicyUpdate update) {
		for (Counter[] byOutcome : this.updates) {
			byOutcome[update.outcome().ordinal()].increment();
		}
	}

}
