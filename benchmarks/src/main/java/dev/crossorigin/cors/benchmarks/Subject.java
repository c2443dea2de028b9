package dev.crossorigin.cors.benchmarks;

/**
 * What a benchmark runs on the shared request and response: nothing but the chain (the
 * floor), our filter, or Spring's.
 */
public enum Subject {

	/**
	 * A filter that only calls the chain: the cost of the harness, subtracted from the
	 * others.
	 */
	PASS_THROUGH,

	/** This starter's filter. */
	STARTER,

	/** Spring Framework's {@code CorsFilter} or {@code CorsWebFilter}. */
	SPRING

}
