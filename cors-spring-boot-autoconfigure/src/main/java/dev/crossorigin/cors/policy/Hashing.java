package dev.crossorigin.cors.policy;

/**
 * The hashing the engine's open-addressing tables share ({@link HeaderNameSet},
 * {@link OriginMatcher} and the {@link RecentMatches} tables): every table has a
 * power-of-two size and picks a slot from the low bits of a spread hash.
 */
final class Hashing {

	private Hashing() {
	}

	/**
	 * Spreads the high bits of a hash into the low ones, which pick the slot, as
	 * {@code java.util.HashMap} does: {@code String} hashes of names that differ only
	 * near their start differ mostly in their high bits.
	 */
	static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	/**
	 * The size of a table for some entries: a power of two that keeps it at most a
	 * quarter full, so that probe sequences stay short.
	 * @param entries how many entries the table holds, at least one
	 * @return the size
	 */
	static int tableSize(int entries) {
		return Integer.highestOneBit(entries * 4 - 1) << 1;
	}

}
