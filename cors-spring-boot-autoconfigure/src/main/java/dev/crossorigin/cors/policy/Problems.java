package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The problems validation finds in a policy, collected rather than thrown one by one, so
 * that a failure reports every problem at once.
 */
final class Problems {

	private final List<CorsPolicyProblem> errors = new ArrayList<>();

	private final List<CorsPolicyProblem> warnings = new ArrayList<>();

	/** A setting that makes the policy invalid or unsafe. */
	void error(String property, @Nullable String value, String problem, String action) {
		this.errors.add(new CorsPolicyProblem(property, value, problem, action));
	}

	/** A legal but risky setting. */
	void warning(String property, String value, String problem, String action) {
		this.warnings.add(new CorsPolicyProblem(property, value, problem, action));
	}

	List<CorsPolicyProblem> errors() {
		return this.errors;
	}

	List<CorsPolicyProblem> warnings() {
		return this.warnings;
	}

	/**
	 * Fails when any error was found.
	 * @throws CorsPolicyException listing every error, in the order found
	 */
	void throwIfAnyError() {
		if (!this.errors.isEmpty()) {
			throw new CorsPolicyException(this.errors);
		}
	}

}
