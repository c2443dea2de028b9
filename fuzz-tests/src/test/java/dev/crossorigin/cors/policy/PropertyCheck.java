package dev.crossorigin.cors.policy;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property on generated values: plain JUnit, with a seed. The seed is fixed, so
 * that a build is repeatable, and {@code -Dproperties.seed=<n>} explores other values; a
 * failure names the seed and the try, and the value it failed on.
 */
final class PropertyCheck {

	/**
	 * The seed every property starts from unless {@code properties.seed} says otherwise.
	 */
	static final long DEFAULT_SEED = 20261125;

	private PropertyCheck() {
	}

	/**
	 * Checks a property on {@code tries} values of a generator.
	 * @param <T> the type of the values
	 * @param tries how many values to try
	 * @param generator the generator
	 * @param property the property: it throws (an assertion) when it does not hold
	 */
	static <T> void forAll(int tries, Gen<T> generator, Consumer<? super T> property) {
		long seed = Long.getLong("properties.seed", DEFAULT_SEED);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 1; i <= tries; i++) {
			T value = generator.next(random);
			try {
				property.accept(value);
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("Property failed on try %d of %d with seed %d (-Dproperties.seed=%d): %s"
					.formatted(i, tries, seed, seed, CorsInvariants.printable(String.valueOf(value))), ex);
			}
		}
	}

}
