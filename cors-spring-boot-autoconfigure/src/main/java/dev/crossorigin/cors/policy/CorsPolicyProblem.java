package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or risky) in a policy.
 *
 * @param property where it is, relative to the {@code cors} prefix, such as
 * {@code mappings[1].allowed-origins[0]}
 * @param value the offending value, or {@code null} when the problem is a missing value
 * @param problem what is wrong, as the end of a sentence whose subject is the value
 * @param action how to fix it
 */
public record CorsPolicyProblem(String property, @Nullable String value, String problem, String action) {

	/** One line naming the property, the value and the problem. */
	public String describe(String prefix) {
		String where = prefix.isEmpty() ? this.property : prefix + "." + this.property;
		return (this.value != null) ? where + " '" + this.value + "' " + this.problem : where + " " + this.problem;
	}

	@Override
	public String toString() {
		return describe("") + " (" + this.action + ")";
	}

}
