package dev.crossorigin.cors.policy;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The writer {@link CorsResponseWriter#of} makes from a stack's header operations.
 *
 * @param <R> the response type
 */
record HeaderOperations<R>(CorsResponseWriter.HeaderSetter<R> set, BiPredicate<R, String> has,
		BiFunction<R, String, ? extends Collection<String>> values) implements CorsResponseWriter<R> {

	@Override
	public void setHeader(R response, String name, String value) {
		this.set.set(response, name, value);
	}

	@Override
	public boolean hasHeader(R response, String name) {
		return this.has.test(response, name);
	}

	@Override
	public Collection<String> headerValues(R response, String name) {
		return this.values.apply(response, name);
	}

}
