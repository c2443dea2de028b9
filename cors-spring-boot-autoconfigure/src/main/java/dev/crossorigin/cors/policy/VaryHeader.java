package dev.crossorigin.cors.policy;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Merges header names into a {@code Vary} header without duplicating any,
 * case-insensitively.
 */
public final class VaryHeader {

	private VaryHeader() {
	}

	/**
	 * Merges names into the existing values of {@code Vary}.
	 * @param existing the values the response has, one per header line
	 * @param names the comma-separated names to add
	 * @return the single merged value, or {@code null} when the existing values already
	 * cover the names (or hold {@code *}) and nothing needs to change
	 */
	public static @Nullable String merge(Iterable<String> existing, String names) {
		Set<String> seen = new HashSet<>();
		StringBuilder merged = new StringBuilder();
		for (String line : existing) {
			for (String name : line.split(",")) {
				String trimmed = name.trim();
				if (trimmed.equals("*")) {
					return null;
				}
				if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
					append(merged, trimmed);
				}
			}
		}
		Set<String> added = new LinkedHashSet<>();
		for (String name : names.split(",")) {
			String trimmed = name.trim();
			if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
				added.add(trimmed);
			}
		}
		if (added.isEmpty()) {
			return null;
		}
		for (String name : added) {
			append(merged, name);
		}
		return merged.toString();
	}

	private static void append(StringBuilder builder, String name) {
		if (!builder.isEmpty()) {
			builder.append(", ");
		}
		builder.append(name);
	}

}
