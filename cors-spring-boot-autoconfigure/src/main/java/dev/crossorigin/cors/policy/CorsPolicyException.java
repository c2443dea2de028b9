package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy is invalid or unsafe; lists every problem at once.
 */
public class CorsPolicyException extends IllegalArgumentException {

	private final List<CorsPolicyProblem> problems;

	public CorsPolicyException(List<CorsPolicyProblem> problems) {
		super("Invalid CORS policy:" + problems.stream()
			.map((problem) -> System.lineSeparator() + " - " + problem)
			.collect(Collectors.joining()));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in the order of the properties. */
	public List<CorsPolicyProblem> problems() {
		return this.problems;
	}

}
