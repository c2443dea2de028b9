package dev.crossorigin.cors.policy;

import java.util.concurrent.CompletableFuture;

/**
 * Asks, one origin at a time, whether an origin the rest of the policy refuses is allowed
 * after all: the per-request shape of dynamic origins. A filter asks it only about the
 * origin {@link CorsPolicy#originToLookUp} names, then decides the request with the
 * answer.
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

}
