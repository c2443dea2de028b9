package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Origins an application supplies at run time, say its tenants' origins read from a
 * database: validated entry by entry and compiled for request time like the configured
 * ones, so that matching costs the same whatever their number. A policy consults them
 * only on the top level and the mappings with {@code allow-dynamic-origins}; see
 * {@link CorsPolicy#withDynamicOrigins}.
 *
 * <p>
 * An entry the properties would refuse (malformed, the opaque {@code null} origin,
 * {@code *}, a wildcard over a public suffix) is skipped and reported in
 * {@link #skipped()}, never allowed. Duplicates are harmless and kept once.
 */
public final class DynamicOrigins {

	/** No origins: what a policy consults before any are supplied. */
	public static final DynamicOrigins NONE = new DynamicOrigins(Set.of(), List.of(), List.of());

	private static final String ORIGIN = "dynamic origin";

	private static final String PATTERN = "dynamic origin pattern";

	private static final String WILDCARD = "is a wildcard for every origin, which dynamic origins may not add";

	private final OriginMatcher matcher;

	private final int originCount;

	private final int patternCount;

	private final List<CorsPolicyProblem> skipped;

	private DynamicOrigins(Set<String> origins, List<OriginPattern> patterns, List<CorsPolicyProblem> skipped) {
		this.matcher = new OriginMatcher(false, origins, patterns);
		this.originCount = origins.size();
		this.patternCount = patterns.size();
		this.skipped = List.copyOf(skipped);
	}

	/**
	 * Validates and compiles origins.
	 * @param origins exact origins, written as in {@code allowed-origins}
	 * @param patterns origin patterns, written as in {@code allowed-origin-patterns}
	 * @return the valid ones, compiled, with the skipped ones and why
	 */
	public static DynamicOrigins compile(Collection<String> origins, Collection<String> patterns) {
		// The rules of allowed-origins and allowed-origin-patterns, with their messages;
		// what they report is skipped here instead of stopping anything.
		Problems skipped = new Problems();
		SettingsValidator rules = new SettingsValidator(skipped);
		Set<String> exact = new HashSet<>();
		for (String origin : origins) {
			if (origin == null || origin.equals("*")) {
				skipped.error(ORIGIN, origin, (origin == null) ? "is null" : WILDCARD, "Remove the entry.");
			}
			else if (rules.checkOrigin(ORIGIN, origin)) {
				exact.add(origin);
			}
		}
		List<OriginPattern> compiled = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String pattern : patterns) {
			if (pattern == null) {
				skipped.error(PATTERN, null, "is null", "Remove the entry.");
			}
			else if (rules.checkOriginPattern(PATTERN, pattern) && seen.add(pattern)) {
				compiled.add(OriginPattern.parse(pattern).orElseThrow());
			}
		}
		return new DynamicOrigins(exact, compiled, skipped.errors());
	}

	/**
	 * Whether an origin is one of these, exactly or by a pattern.
	 * @param origin the request's {@code Origin}
	 * @return whether it is allowed
	 */
	public boolean allows(String origin) {
		return this.matcher.matches(origin);
	}

	/** How many distinct exact origins were compiled. */
	public int originCount() {
		return this.originCount;
	}

	/** How many distinct patterns were compiled. */
	public int patternCount() {
		return this.patternCount;
	}

	/** The entries left out, each with why and what to do. */
	public List<CorsPolicyProblem> skipped() {
		return this.skipped;
	}

	@Override
	public String toString() {
		return "DynamicOrigins[" + this.originCount + " origins, " + this.patternCount + " patterns, "
				+ this.skipped.size() + " skipped]";
	}

}
