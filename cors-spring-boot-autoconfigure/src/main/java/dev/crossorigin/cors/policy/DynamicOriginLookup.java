package dev.crossorigin.cors.policy;

import java.util.concurrent.CompletableFuture;

/**
 * Asks, one origin at a time, whether an origin the rest of the policy refuses is allowed
 * after all: the per-request shape of dynamic origins. The policy consults it only about
 * a well-formed cross-origin {@code Origin} that a mapping allowing dynamic origins would
 * otherwise refuse: first {@link #knownAnswer} while deciding; when that is
 * {@link Answer#UNKNOWN}, the filter asks {@link #lookUp} about the origin
 * {@link CorsPolicy#originToLookUp} names and decides again with the answer.
 *
 * <p>
 * An implementation answers without blocking the caller: it caches, coalesces concurrent
 * questions about one origin, and completes every answer within its timeout, refusing the
 * origin when the source of truth is too slow or fails.
 */
@FunctionalInterface
public interface DynamicOriginLookup {

	/**
	 * Whether an origin is allowed.
	 * @param origin a well-formed serialised origin
	 * @return the answer; {@code false}, or completing exceptionally, refuses the origin
	 */
	CompletableFuture<Boolean> lookUp(String origin);

	/**
	 * The answer already at hand for an origin, without asking anyone and without
	 * waiting: what a cache holds. By default {@link Answer#UNKNOWN}, so every decision
	 * goes through {@link #lookUp}.
	 * @param origin the request's {@code Origin} as sent, which the policy has not
	 * checked: {@link Answer#ALLOWED} is only for an origin this lookup was
	 * {@link #lookUp asked about}, which was well-formed
	 * @return the answer, or {@link Answer#UNKNOWN} when none has arrived yet
	 */
	default Answer knownAnswer(String origin) {
		return Answer.UNKNOWN;
	}

	/**
	 * A lookup that has already answered: its {@link #knownAnswer} is the answer, for any
	 * origin. For deciding a request once the answer about its origin has arrived.
	 * @param allowed whether the origin was allowed
	 * @return the lookup
	 */
	static DynamicOriginLookup answered(boolean allowed) {
		return allowed ? AnsweredLookup.ALLOWED : AnsweredLookup.REFUSED;
	}

	/** What {@link #knownAnswer} knows about an origin. */
	enum Answer {

		/** The origin is allowed. */
		ALLOWED,

		/** The origin is refused. */
		REFUSED,

		/** No answer has arrived yet: the origin must be {@link #lookUp looked up}. */
		UNKNOWN

	}

}
