package dev.crossorigin.cors.policy;

import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An immutable set of header names, compared case-insensitively, that answers whether a
 * region of a string (one element of {@code Access-Control-Request-Headers}) is a member
 * without creating a substring.
 */
final class HeaderNameSet {

	private final @Nullable String[] table;

	private final int mask;

	HeaderNameSet(Collection<String> names) {
		int capacity = Hashing.tableSize(Math.max(1, names.size()));
		this.table = new String[capacity];
		this.mask = capacity - 1;
		for (String name : names) {
			String lower = name.toLowerCase(Locale.ROOT);
			int index = Hashing.spread(hash(lower, 0, lower.length())) & this.mask;
			while (this.table[index] != null && !this.table[index].equals(lower)) {
				index = (index + 1) & this.mask;
			}
			this.table[index] = lower;
		}
	}

	/**
	 * The hash of a header name one more character on: {@code h = hash(h, c)} over its
	 * characters from {@code 0}, case-insensitively, so that a caller scanning a name
	 * anyway can hash it on the way for {@link #contains(String, int, int, int)}.
	 */
	static int hash(int hash, char c) {
		return 31 * hash + HttpTokens.toLowerAscii(c);
	}

	private static int hash(String value, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = hash(hash, value.charAt(i));
		}
		return hash;
	}

	/**
	 * Whether a region of a string is a member, given the region's {@link #hash}.
	 */
	boolean contains(String value, int from, int to, int hash) {
		int length = to - from;
		int index = Hashing.spread(hash) & this.mask;
		String candidate;
		while ((candidate = this.table[index]) != null) {
			if (candidate.length() == length && equalsLowerAscii(value, from, candidate)) {
				return true;
			}
			index = (index + 1) & this.mask;
		}
		return false;
	}

	/**
	 * Compares with a lowercase member; cheaper than a full case-insensitive comparison,
	 * enough for tokens.
	 */
	private static boolean equalsLowerAscii(String value, int from, String lower) {
		for (int i = 0; i < lower.length(); i++) {
			if (HttpTokens.toLowerAscii(value.charAt(from + i)) != lower.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
