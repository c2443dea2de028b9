package dev.crossorigin.cors.autoconfigure;

import java.util.List;

import dev.crossorigin.cors.policy.CorsPolicyProblem;

/**
 * The words in which problems of a policy are reported, at start-up by the failure
 * analyzer and at run time when an update is refused: each problem with its property and
 * value, then how to fix each; and the line a risky setting of a valid policy is warned
 * of, at start-up and when an update puts the policy in force.
 */
final class CorsPolicyProblems {

	private CorsPolicyProblems() {
	}

	/** What is wrong: a count, then one line per problem. */
	static String description(List<CorsPolicyProblem> problems) {
		StringBuilder description = new StringBuilder("The CORS policy is invalid (").append(problems.size())
			.append((problems.size() == 1) ? " problem):" : " problems):")
			.append(System.lineSeparator());
		for (CorsPolicyProblem problem : problems) {
			description.append(System.lineSeparator()).append("    - ").append(problem.describe("cors"));
		}
		return description.toString();
	}

	/** How to fix it: one line per problem. */
	static String action(List<CorsPolicyProblem> problems) {
		StringBuilder action = new StringBuilder("Fix the cors.* properties (or the CorsPolicy built in code):")
			.append(System.lineSeparator());
		for (CorsPolicyProblem problem : problems) {
			action.append(System.lineSeparator())
				.append("    - cors.")
				.append(problem.property())
				.append(": ")
				.append(problem.action());
		}
		return action.toString();
	}

	/** One line for a risky setting: what it is, then what to do about it. */
	static String warning(CorsPolicyProblem warning) {
		return "CORS policy: " + warning.describe("cors") + ". " + warning.action();
	}

}
