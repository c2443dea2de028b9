package dev.crossorigin.cors.policy;

/**
 * A configured value read at start-up: {@link Valid}, with what it means, or
 * {@link Invalid}, with why it cannot be used.
 *
 * @param <T> what a valid value means
 */
sealed interface Parsed<T> {

	static <T> Parsed<T> valid(T value) {
		return new Valid<>(value);
	}

	static <T> Parsed<T> invalid(String problem) {
		return new Invalid<>(problem);
	}

	/**
	 * What a value that validation accepted means.
	 * @return the value
	 * @throws IllegalArgumentException when the value is invalid, which validation
	 * reports before anything is compiled
	 */
	T orElseThrow();

	/**
	 * A usable value.
	 *
	 * @param <T> what it means
	 * @param value what it means
	 */
	record Valid<T>(T value) implements Parsed<T> {

		@Override
		public T orElseThrow() {
			return this.value;
		}

	}

	/**
	 * A value that cannot be used.
	 *
	 * @param <T> what a valid value would mean
	 * @param problem why, as the end of a sentence whose subject is the value
	 */
	record Invalid<T>(String problem) implements Parsed<T> {

		@Override
		public T orElseThrow() {
			throw new IllegalArgumentException(this.problem);
		}

	}

}
