package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * The origins an {@link OriginMatcher} matched to a pattern lately, so that the origins a
 * site keeps seeing cost one hash lookup, as exact ones do, instead of a walk of the
 * pattern index.
 *
 * <p>
 * Why it is right without a lock, with threads reading and writing it at once:
 * <ul>
 * <li>Only origins the matcher allowed are {@linkplain #remember remembered}, and a
 * matcher never changes, so any origin found here is allowed.</li>
 * <li>A slot holds {@code null} or a {@link String}, and a {@code String} is immutable
 * with final fields: a thread that reads a slot written by another, without any
 * synchronisation, sees either {@code null} or a whole string that was once written
 * there, never a partly built one (JLS 17.5).</li>
 * <li>Writes that race on a slot lose all but one origin, and reads may see an older
 * value; either only turns a hit into a miss, and a miss walks the index again.</li>
 * </ul>
 * {@code RecentMatchesTests} has threads decide at once against one table.
 */
final class RecentMatches {

	/** How many origins the table holds: a power of two. */
	static final int SIZE = 64;

	private final @Nullable String[] origins = new String[SIZE];

	/** Whether an origin was remembered and is still in the table. */
	boolean contains(String origin) {
		return origin.equals(this.origins[slot(origin)]);
	}

	/** Remembers an origin the matcher allowed, in place of the one in its slot. */
	void remember(String origin) {
		this.origins[slot(origin)] = origin;
	}

	private static int slot(String origin) {
		return Hashing.spread(origin.hashCode()) & (SIZE - 1);
	}

}
