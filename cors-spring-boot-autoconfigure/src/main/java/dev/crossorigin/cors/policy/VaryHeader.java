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

	/**
	 * Whether one {@code Vary} value lists a header name (or {@code *}), compared
	 * case-insensitively, without allocating.
	 * @param value a {@code Vary} value, a comma-separated list
	 * @param name the header name
	 * @return whether the value lists the name or {@code *}
	 */
	public static boolean lists(String value, String name) {
		int length = value.length();
		int i = 0;
		while (i < length) {
			int end = value.indexOf(',', i);
			if (end < 0) {
				end = length;
			}
			int from = i;
			int to = end;
			while (from < to && Character.isWhitespace(value.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
				to--;
			}
			int tokenLength = to - from;
			if ((tokenLength == 1 && value.charAt(from) == '*')
					|| (tokenLength == name.length() && value.regionMatches(true, from, name, 0, tokenLength))) {
				return true;
			}
			i = end + 1;
		}
		return false;
	}

	private static void append(StringBuilder builder, String name) {
		if (!builder.isEmpty()) {
			builder.append(", ");
		}
		builder.append(name);
	}

}
