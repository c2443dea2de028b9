package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Compiled origin matching. Exact origins are one hash lookup. Patterns are indexed by
 * host (or host suffix), so a request origin is matched by walking its host once from the
 * right and probing the index at each label boundary: the cost depends on the length of
 * the origin, not on the number of patterns, and no regular expression or allocation is
 * involved. Origins that matched a pattern lately are found in {@link RecentMatches}
 * without the walk.
 */
final class OriginMatcher {

	private final boolean anyOrigin;

	private final Set<String> exact;

	private final int @Nullable [] hashes;

	private final @Nullable Entry[] entries;

	private final int mask;

	/** Recent pattern matches; {@code null} without patterns. */
	private final @Nullable RecentMatches recentMatches;

	OriginMatcher(boolean anyOrigin, Set<String> exactOrigins, List<OriginPattern> patterns) {
		this.anyOrigin = anyOrigin;
		Set<String> exact = new HashSet<>(exactOrigins);
		List<OriginPattern> indexed = new ArrayList<>();
		for (OriginPattern pattern : patterns) {
			if (pattern.isExact()) {
				exact.add(pattern.toOrigin());
			}
			else {
				indexed.add(pattern);
			}
		}
		this.exact = Set.copyOf(exact);
		if (indexed.isEmpty()) {
			this.hashes = null;
			this.entries = null;
			this.mask = 0;
			this.recentMatches = null;
		}
		else {
			int capacity = Hashing.tableSize(indexed.size());
			this.hashes = new int[capacity];
			this.entries = new Entry[capacity];
			this.mask = capacity - 1;
			for (OriginPattern pattern : indexed) {
				add(pattern);
			}
			this.recentMatches = new RecentMatches();
		}
	}

	private void add(OriginPattern pattern) {
		int hash = Hashing.spread(reverseHash(pattern.host()));
		int index = hash & this.mask;
		while (this.entries[index] != null && this.hashes[index] != hash) {
			index = (index + 1) & this.mask;
		}
		this.hashes[index] = hash;
		this.entries[index] = new Entry(pattern, this.entries[index]);
	}

	boolean isEmpty() {
		return !this.anyOrigin && this.exact.isEmpty() && this.entries == null;
	}

	/**
	 * Whether the request origin is allowed.
	 * @param origin the value of the {@code Origin} header
	 * @return whether it is allowed
	 */
	boolean matches(String origin) {
		if (this.anyOrigin || this.exact.contains(origin)) {
			return true;
		}
		RecentMatches recent = this.recentMatches;
		if (recent == null) {
			return false;
		}
		if (recent.contains(origin)) {
			return true;
		}
		if (matchesPattern(origin)) {
			recent.remember(origin);
			return true;
		}
		return false;
	}

	private boolean matchesPattern(String origin) {
		if (!OriginSyntax.isOrigin(origin)) {
			return false;
		}
		int hostStart = OriginSyntax.hostStart(origin);
		int hostEnd = OriginSyntax.hostEnd(origin, hostStart);
		int hash = 0;
		for (int i = hostEnd - 1; i >= hostStart; i--) {
			char c = origin.charAt(i);
			hash = 31 * hash + c;
			if ((c == '.' && i > hostStart && probe(Hashing.spread(hash), origin, i, hostStart, hostEnd, true))
					|| (i == hostStart && probe(Hashing.spread(hash), origin, i, hostStart, hostEnd, false))) {
				return true;
			}
		}
		return false;
	}

	private boolean probe(int hash, String origin, int from, int hostStart, int hostEnd, boolean wildcard) {
		int index = hash & this.mask;
		Entry entry;
		while ((entry = this.entries[index]) != null) {
			if (this.hashes[index] == hash) {
				for (; entry != null; entry = entry.next) {
					OriginPattern pattern = entry.pattern;
					String host = pattern.host();
					if (pattern.wildcardHost() == wildcard && host.length() == hostEnd - from
							&& origin.regionMatches(from, host, 0, host.length())
							&& pattern.matchesSchemeAndPort(origin, hostStart, hostEnd)) {
						return true;
					}
				}
				return false;
			}
			index = (index + 1) & this.mask;
		}
		return false;
	}

	/**
	 * The hash of a host or host suffix read from its end, as {@link #matchesPattern}
	 * computes it while it walks a request origin's host from the right.
	 */
	private static int reverseHash(String value) {
		int hash = 0;
		for (int i = value.length() - 1; i >= 0; i--) {
			hash = 31 * hash + value.charAt(i);
		}
		return hash;
	}

	private record Entry(OriginPattern pattern, @Nullable Entry next) {
	}

}
