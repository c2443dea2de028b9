package dev.crossorigin.cors.autoconfigure;

import java.time.Instant;
import java.util.List;

import dev.crossorigin.cors.policy.CorsPolicyProblem;

/**
 * What became of a request to change the CORS policy at run time.
 *
 * @param outcome whether the new policy was put in force
 * @param generation the generation in force afterwards: the new one when applied, the one
 * that keeps serving otherwise
 * @param at when the update was made
 * @param source where the change came from, as its caller named it
 * @param problems why a refused policy was refused, in the same words as at start-up;
 * empty otherwise
 */
public record CorsPolicyUpdate(Outcome outcome, long generation, Instant at, String source,
		List<CorsPolicyProblem> problems) {

	public CorsPolicyUpdate {
		problems = List.copyOf(problems);
	}

	/** Whether the new policy is in force. */
	public boolean applied() {
		return this.outcome == Outcome.APPLIED;
	}

	/** What became of an update. */
	public enum Outcome {

		/** The new policy is in force. */
		APPLIED,

		/** The new policy is invalid; the one in force keeps serving. */
		REFUSED,

		/**
		 * Nothing to do: a reload from properties when the application's own
		 * {@code CorsPolicy} bean, not the properties, made the policy.
		 */
		SKIPPED

	}

}
