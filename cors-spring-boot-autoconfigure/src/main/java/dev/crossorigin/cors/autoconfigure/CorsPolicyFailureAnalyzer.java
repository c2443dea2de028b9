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
		return new FailureAnalysis(CorsPolicyProblems.description(problems), CorsPolicyProblems.action(problems),
				cause);
	}

}
