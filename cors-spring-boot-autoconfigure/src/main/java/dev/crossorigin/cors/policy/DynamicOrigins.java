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
		List<CorsPolicyProblem> skipped = new ArrayList<>();
		Set<String> exact = new HashSet<>();
		for (String origin : origins) {
			String problem = (origin == null) ? "is null"
					: origin.equals("*") ? "is a wildcard for every origin, which dynamic origins may not add"
							: OriginSyntax.diagnose(origin);
			if (problem != null) {
				skipped.add(new CorsPolicyProblem("dynamic origin", origin, problem, PolicyValidator.ORIGIN_ACTION));
			}
			else {
				exact.add(origin);
			}
		}
		List<OriginPattern> compiled = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String pattern : patterns) {
			Object parsed = (pattern != null) ? OriginPattern.parse(pattern) : "is null";
			if (parsed instanceof String problem) {
				skipped.add(new CorsPolicyProblem("dynamic origin pattern", pattern, problem,
						PolicyValidator.PATTERN_ACTION));
				continue;
			}
			OriginPattern originPattern = (OriginPattern) parsed;
			String tooBroad = originPattern.wildcardHost() ? PolicyValidator.publicSuffixProblem(originPattern) : null;
			if (tooBroad != null) {
				skipped.add(new CorsPolicyProblem("dynamic origin pattern", pattern, tooBroad,
						PolicyValidator.publicSuffixAction(originPattern)));
			}
			else if (seen.add(pattern)) {
				compiled.add(originPattern);
			}
		}
		return new DynamicOrigins(exact, compiled, skipped);
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
