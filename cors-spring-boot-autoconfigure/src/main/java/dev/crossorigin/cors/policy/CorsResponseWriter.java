package dev.crossorigin.cors.policy;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

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
	 * Whether the response has a header, told without building anything where the stack
	 * allows.
	 */
	boolean hasHeader(R response, String name);

	/**
	 * The values a response has for a header, as lines or as the elements of its
	 * comma-separated lists.
	 */
	Collection<String> headerValues(R response, String name);

	/**
	 * Adds header names to {@code Vary}, keeping what is there: set when the response has
	 * no {@code Vary} (the usual case), otherwise {@link VaryHeader#merge merged} into
	 * one value, and left alone when it already lists them.
	 * @param response the response
	 * @param names a comma-separated list of header names
	 */
	default void addVary(R response, String names) {
		if (!hasHeader(response, CorsHeaders.VARY)) {
			setHeader(response, CorsHeaders.VARY, names);
			return;
		}
		String merged = VaryHeader.merge(headerValues(response, CorsHeaders.VARY), names);
		if (merged != null) {
			setHeader(response, CorsHeaders.VARY, merged);
		}
	}

	/**
	 * A writer made of a stack's own three header operations.
	 * @param set sets a header, replacing its values
	 * @param has tells whether a header is present
	 * @param values reads a header's values
	 * @param <R> the response type
	 * @return the writer
	 */
	static <R> CorsResponseWriter<R> of(HeaderSetter<R> set, BiPredicate<R, String> has,
			BiFunction<R, String, ? extends Collection<String>> values) {
		return new HeaderOperations<>(set, has, values);
	}

	/**
	 * Sets a header on a stack's response type.
	 *
	 * @param <R> the response type
	 */
	@FunctionalInterface
	interface HeaderSetter<R> {

		/** Sets a header, replacing any value it had. */
		void set(R response, String name, String value);

	}

}
