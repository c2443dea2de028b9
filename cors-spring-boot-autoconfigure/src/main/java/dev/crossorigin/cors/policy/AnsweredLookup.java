package dev.crossorigin.cors.policy;

import java.util.concurrent.CompletableFuture;

/**
 * The lookups of {@link DynamicOriginLookup#answered}: one answer for every origin, known
 * at once.
 */
enum AnsweredLookup implements DynamicOriginLookup {

	ALLOWED(Answer.ALLOWED), REFUSED(Answer.REFUSED);

	private final Answer answer;

	AnsweredLookup(Answer answer) {
		this.answer = answer;
	}

	@Override
	public CompletableFuture<Boolean> lookUp(String origin) {
		return CompletableFuture.completedFuture(this.answer == Answer.ALLOWED);
	}

	@Override
	public Answer knownAnswer(String origin) {
		// Told about any Origin, as a cache is: only a well-formed one can have been
		// asked about.
		return OriginSyntax.isOrigin(origin) ? this.answer : Answer.REFUSED;
	}

}
