package dev.crossorigin.cors.autoconfigure;

import reactor.core.publisher.Mono;

/**
 * The non-blocking form of {@link CorsOriginLookup}, for WebFlux: the answer is awaited
 * without blocking an event-loop thread. Cached, coalesced and time-bounded the same way.
 */
@FunctionalInterface
public interface ReactiveCorsOriginLookup {

	/**
	 * Whether an origin is allowed.
	 * @param origin a well-formed serialised origin
	 * @return whether it is allowed; an error or an empty result refuses it, uncached
	 */
	Mono<Boolean> isAllowed(String origin);

}
