package dev.crossorigin.cors.autoconfigure;

import java.util.List;

import dev.crossorigin.cors.policy.CorsPolicyException;
import dev.crossorigin.cors.policy.CorsPolicyProblem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid CORS policy into a report that names each offending property and value
 * and says how to fix it.
 */
class CorsPolicyFailureAnalyzer extends AbstractFailureAnalyzer<CorsPolicyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorsPolicyException cause) {
		List<CorsPolicyProblem> problems = cause.problems();
		StringBuilder description = new StringBuilder("The CORS policy is invalid (").append(problems.size())
			.append((problems.size() == 1) ? " problem):" : " problems):")
			.append(System.lineSeparator());
		StringBuilder action = new StringBuilder("Fix the cors.* properties (or the CorsPolicy built in code):")
			.append(System.lineSeparator());
		for (CorsPolicyProblem problem : problems) {
			description.append(System.lineSeparator()).append("    - ").append(problem.describe("cors"));
			action.append(System.lineSeparator())
				.append("    - ")
				.append("cors.")
				.append(problem.property())
				.append(": ")
				.append(problem.action());
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
