package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * Values a check that never changes accepted lately, so that the values a site keeps
 * sending cost one hash lookup and one comparison instead of the check again: the origins
 * an {@link OriginMatcher} matched to a pattern (instead of a walk of the pattern index),
 * and the {@code Access-Control-Request-Headers} values a {@link CompiledRule} accepted
 * (instead of a scan of every name; a page sends the same list with every preflight of
 * the same call).
 *
 * <p>
 * Why it is right without a lock, with threads reading and writing it at once:
 * <ul>
 * <li>Only values the check accepted are {@linkplain #remember remembered}, and the check
 * never changes, so any value found here is accepted.</li>
 * <li>A slot holds {@code null} or a {@link String}, and a {@code String} is immutable
 * with final fields: a thread that reads a slot written by another, without any
 * synchronisation, sees either {@code null} or a whole string that was once written
 * there, never a partly built one (JLS 17.5).</li>
 * <li>Writes that race on a slot lose all but one value, and reads may see an older
 * value; either only turns a hit into a miss, and a miss runs the check again.</li>
 * </ul>
 * {@code RecentMatchesTests} has threads decide at once against one table of each kind.
 */
final class RecentMatches {

	/** How many values the table holds: a power of two. */
	static final int SIZE = 64;

	private final @Nullable String[] values = new String[SIZE];

	/** Whether a value was remembered and is still in the table. */
	boolean contains(String value) {
		return value.equals(this.values[slot(value)]);
	}

	/** Remembers a value the check accepted, in place of the one in its slot. */
	void remember(String value) {
		this.values[slot(value)] = value;
	}

	private static int slot(String value) {
		return Hashing.spread(value.hashCode()) & (SIZE - 1);
	}

}
