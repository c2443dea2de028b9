package dev.crossorigin.cors.policy;

/**
 * How the policy writes headers to a stack's response type. Implementations are stateless
 * singletons.
 *
 * @param <R> the response type
 */
public interface CorsResponseWriter<R> {

	/** Sets a header, replacing any value it had, so that it is never duplicated. */
	void setHeader(R response, String name, String value);

	/**
	 * Adds header names to {@code Vary}, keeping what is there; implementations use
	 * {@link VaryHeader#merge}.
	 * @param response the response
	 * @param names a comma-separated list of header names
	 */
	void addVary(R response, String names);

}
