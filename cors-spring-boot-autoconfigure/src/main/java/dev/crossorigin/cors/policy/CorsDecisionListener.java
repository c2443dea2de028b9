package dev.crossorigin.cors.policy;

/**
 * Observes each decision a filter applies, for metrics. Called on the request thread, so
 * implementations must be cheap and must not allocate per call.
 */
@FunctionalInterface
public interface CorsDecisionListener {

	/** A listener that does nothing. */
	CorsDecisionListener NONE = (decision) -> {
	};

	/**
	 * Called once per request the filter decided for.
	 * @param decision the decision
	 */
	void onDecision(CorsDecision decision);

}
