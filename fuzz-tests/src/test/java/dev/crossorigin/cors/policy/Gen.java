package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A generator of random values for the property tests: a function of a seeded random
 * source, so that a seed replays every value. The few combinators the properties need
 * ({@link #map}, {@link #flatMap}, {@link #filter}, lists, choices), nothing more.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
interface Gen<T> {

	/** How many values {@link #filter} and unique lists may discard before giving up. */
	int MAX_MISSES = 10_000;

	/**
	 * Generates one value.
	 * @param random the source of randomness
	 * @return the value
	 */
	T next(RandomGenerator random);

	static <T> Gen<T> just(T value) {
		return (random) -> value;
	}

	@SafeVarargs
	static <T> Gen<T> of(T... values) {
		return of(Arrays.asList(values));
	}

	static <T> Gen<T> of(List<T> values) {
		List<T> copy = List.copyOf(values);
		return (random) -> copy.get(random.nextInt(copy.size()));
	}

	static <E extends Enum<E>> Gen<E> of(Class<E> type) {
		return of(type.getEnumConstants());
	}

	@SafeVarargs
	static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
		return oneOf(Arrays.asList(generators));
	}

	static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
		List<? extends Gen<? extends T>> copy = List.copyOf(generators);
		return (random) -> copy.get(random.nextInt(copy.size())).next(random);
	}

	static Gen<Boolean> booleans() {
		return RandomGenerator::nextBoolean;
	}

	/** Integers from {@code min} to {@code max}, both included. */
	static Gen<Integer> ints(int min, int max) {
		return (random) -> random.nextInt(min, max + 1);
	}

	/** Strings of the given characters, {@code minLength} to {@code maxLength} long. */
	static Gen<String> strings(String chars, int minLength, int maxLength) {
		return (random) -> {
			char[] value = new char[random.nextInt(minLength, maxLength + 1)];
			for (int i = 0; i < value.length; i++) {
				value[i] = chars.charAt(random.nextInt(chars.length()));
			}
			return new String(value);
		};
	}

	default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
		return (random) -> mapper.apply(next(random));
	}

	default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
		return (random) -> mapper.apply(next(random)).next(random);
	}

	/** Only the values that satisfy {@code condition}, by generating again. */
	default Gen<T> filter(Predicate<? super T> condition) {
		return (random) -> {
			for (int i = 0; i < MAX_MISSES; i++) {
				T value = next(random);
				if (condition.test(value)) {
					return value;
				}
			}
			throw new IllegalStateException("The filter rejected " + MAX_MISSES + " values in a row");
		};
	}

	/** The values, or {@code null} with the given probability. */
	default Gen<@Nullable T> orNull(double probability) {
		return (random) -> (random.nextDouble() < probability) ? null : next(random);
	}

	default Gen<List<T>> list(int minSize, int maxSize) {
		return (random) -> {
			int size = random.nextInt(minSize, maxSize + 1);
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(next(random));
			}
			return values;
		};
	}

	/**
	 * Lists of {@code minSize} to {@code maxSize} values, no two with the same
	 * {@code key}.
	 */
	default Gen<List<T>> uniqueList(int minSize, int maxSize, Function<? super T, ?> key) {
		return (random) -> {
			int size = random.nextInt(minSize, maxSize + 1);
			List<T> values = new ArrayList<>(size);
			Set<Object> keys = new HashSet<>();
			for (int misses = 0; values.size() < size && misses < MAX_MISSES;) {
				T value = next(random);
				if (keys.add(key.apply(value))) {
					values.add(value);
				}
				else {
					misses++;
				}
			}
			if (values.size() < minSize) {
				throw new IllegalStateException("Found " + values.size() + " distinct values, fewer than " + minSize);
			}
			return values;
		};
	}

	/** Sets of at most {@code maxSize} values, in the order generated. */
	default Gen<Set<T>> set(int maxSize) {
		return uniqueList(0, maxSize, Function.identity()).map(LinkedHashSet::new);
	}

}
