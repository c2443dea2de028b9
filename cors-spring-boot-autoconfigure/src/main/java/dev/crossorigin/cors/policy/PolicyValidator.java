package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.crossorigin.cors.policy.CorsPolicy.Builder;
import dev.crossorigin.cors.policy.CorsPolicy.MappingBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a builder into effective mappings and collects every problem on the way, so
 * that one failure reports all of them. Each rule's message is written for the person who
 * typed the value.
 */
final class PolicyValidator {

	/** Chromium caps {@code Access-Control-Max-Age} at two hours; Firefox at a day. */
	static final Duration BROWSER_MAX_AGE_CAP = Duration.ofHours(2);

	private static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	/** The list settings, in the order problems are reported. */
	private static final List<String> LIST_PROPERTIES = List.of("paths", "allowed-origins", "allowed-origin-patterns",
			"allowed-methods", "allowed-headers", "exposed-headers");

	/** What to do about a malformed exact origin. */
	static final String ORIGIN_ACTION = "Write each origin as the browser sends it: scheme://host[:port], lowercase, "
			+ "with no path, trailing slash or default port; put wildcards in allowed-origin-patterns.";

	/** What to do about a malformed origin pattern. */
	static final String PATTERN_ACTION = "Write a pattern as scheme://*.domain (one or more subdomain labels) and/or "
			+ "scheme://host:[*] (any port), for example https://*.example.com.";

	private final List<CorsPolicyProblem> errors = new ArrayList<>();

	private final List<CorsPolicyProblem> warnings = new ArrayList<>();

	List<CorsPolicyProblem> errors() {
		return this.errors;
	}

	List<CorsPolicyProblem> warnings() {
		return this.warnings;
	}

	List<CorsMapping> resolve(Builder builder) {
		validateSettings("", builder);
		List<String> givenPaths = (builder.paths != null) ? builder.paths : List.of("/**");
		if (givenPaths.isEmpty() && !builder.nullArguments.contains("paths")) {
			error("paths", null, "is empty, so the top-level policy applies nowhere",
					"Leave paths unset for /**, or list path patterns such as /api/**; to turn CORS off, set "
							+ "cors.enabled to false.");
		}
		validatePaths("paths", givenPaths);
		List<String> topPaths = present(givenPaths);
		CorsMapping top = new CorsMapping(topPaths, true, orElse(presentOrNull(builder.allowedOrigins), List.of()),
				orElse(presentOrNull(builder.allowedOriginPatterns), List.of()),
				orElse(presentOrNull(builder.allowedMethods), Builder.DEFAULT_METHODS),
				orElse(presentOrNull(builder.allowedHeaders), List.of("*")),
				orElse(presentOrNull(builder.exposedHeaders), List.of()), orElse(builder.allowCredentials, false),
				orElse(builder.allowPrivateNetwork, false), orElse(builder.allowDynamicOrigins, false),
				orElse(builder.maxAge, Builder.DEFAULT_MAX_AGE));
		checkCombination("", top, true, true);
		warn("", builder, top);
		List<CorsMapping> result = new ArrayList<>();
		List<List<String>> earlierPaths = new ArrayList<>();
		for (int i = 0; i < builder.mappings.size(); i++) {
			MappingBuilder mapping = builder.mappings.get(i);
			String prefix = "mappings[" + i + "].";
			if (mapping == null) {
				error("mappings[" + i + "]", null, "is null", "Remove the null entry from the builder's mappings.");
				continue;
			}
			validateSettings(prefix, mapping);
			List<String> givenMappingPaths = (mapping.paths != null) ? mapping.paths : List.of();
			List<String> paths = present(givenMappingPaths);
			if (paths.isEmpty()) {
				if (!mapping.nullArguments.contains("paths") && givenMappingPaths.isEmpty()) {
					error(prefix + "paths", null, "is missing, so the mapping applies nowhere",
							"Give the mapping one or more path patterns, such as /api/**.");
				}
			}
			else {
				validatePaths(prefix + "paths", givenMappingPaths);
				checkReachable(prefix + "paths", i, paths, earlierPaths);
			}
			earlierPaths.add(paths);
			CorsMapping resolved = new CorsMapping(paths, mapping.enabled,
					orElse(presentOrNull(mapping.allowedOrigins), top.allowedOrigins()),
					orElse(presentOrNull(mapping.allowedOriginPatterns), top.allowedOriginPatterns()),
					orElse(presentOrNull(mapping.allowedMethods), top.allowedMethods()),
					orElse(presentOrNull(mapping.allowedHeaders), top.allowedHeaders()),
					orElse(presentOrNull(mapping.exposedHeaders), top.exposedHeaders()),
					orElse(mapping.allowCredentials, top.allowCredentials()),
					orElse(mapping.allowPrivateNetwork, top.allowPrivateNetwork()),
					orElse(mapping.allowDynamicOrigins, top.allowDynamicOrigins()),
					orElse(mapping.maxAge, top.maxAge()));
			if (mapping.enabled) {
				checkCombination(prefix, resolved, mapping.allowedOrigins != null || mapping.allowCredentials != null,
						mapping.exposedHeaders != null || mapping.allowCredentials != null);
				warn(prefix, mapping, resolved);
			}
			result.add(resolved);
		}
		result.add(top);
		return result;
	}

	private void validateSettings(String prefix, CorsPolicy.Settings<?> settings) {
		for (String property : LIST_PROPERTIES) {
			if (settings.nullArguments.contains(property)) {
				error(prefix + property, null, "is null", "Pass a list, empty for none, or leave the setting unset.");
			}
		}
		reportNullElements(prefix + "allowed-origins", settings.allowedOrigins);
		reportNullElements(prefix + "allowed-origin-patterns", settings.allowedOriginPatterns);
		reportNullElements(prefix + "allowed-methods", settings.allowedMethods);
		reportNullElements(prefix + "allowed-headers", settings.allowedHeaders);
		reportNullElements(prefix + "exposed-headers", settings.exposedHeaders);
		if (settings instanceof Builder builder) {
			reportNullElements(prefix + "paths", builder.paths);
		}
		else if (settings instanceof MappingBuilder mapping) {
			reportNullElements(prefix + "paths", mapping.paths);
		}
		if (settings.allowedOrigins != null) {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < settings.allowedOrigins.size(); i++) {
				String origin = settings.allowedOrigins.get(i);
				String property = prefix + "allowed-origins[" + i + "]";
				if (origin == null || origin.equals("*")) {
					continue;
				}
				String problem = OriginSyntax.diagnose(origin);
				if (problem != null) {
					error(property, origin, problem, ORIGIN_ACTION);
				}
				else if (!seen.add(origin)) {
					error(property, origin, "is listed twice", "Remove the duplicate entry.");
				}
			}
		}
		if (settings.allowedOriginPatterns != null) {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < settings.allowedOriginPatterns.size(); i++) {
				String pattern = settings.allowedOriginPatterns.get(i);
				if (pattern == null) {
					continue;
				}
				String property = prefix + "allowed-origin-patterns[" + i + "]";
				Object parsed = OriginPattern.parse(pattern);
				if (parsed instanceof String problem) {
					error(property, pattern, problem, PATTERN_ACTION);
				}
				else if (parsed instanceof OriginPattern origin && origin.wildcardHost()
						&& isPublicSuffix(property, pattern, origin)) {
					continue;
				}
				else if (!seen.add(pattern)) {
					error(property, pattern, "is listed twice", "Remove the duplicate entry.");
				}
			}
		}
		if (settings.allowedMethods != null) {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < settings.allowedMethods.size(); i++) {
				String method = settings.allowedMethods.get(i);
				if (method == null) {
					continue;
				}
				String property = prefix + "allowed-methods[" + i + "]";
				if (method.equals("*")) {
					continue;
				}
				String upper = method.toUpperCase(Locale.ROOT);
				if (!HttpTokens.isToken(method)) {
					error(property, method, "is not a valid method token",
							"Use method names such as GET, POST, PUT, PATCH, DELETE, or * for any method.");
				}
				else if (FORBIDDEN_METHODS.contains(upper)) {
					error(property, method,
							"is a method browsers forbid scripts to send, so allowing it is meaningless",
							"Remove " + method + " from allowed-methods.");
				}
				else if (NORMALIZED_METHODS.contains(upper) && !method.equals(upper)) {
					error(property, method, "is not uppercase, but browsers send " + upper
							+ " in uppercase and methods are " + "case-sensitive, so it would never match",
							"Write " + upper + ".");
				}
				else if (!seen.add(method)) {
					error(property, method, "is listed twice", "Remove the duplicate entry.");
				}
			}
		}
		validateHeaderNames(prefix + "allowed-headers", settings.allowedHeaders);
		validateHeaderNames(prefix + "exposed-headers", settings.exposedHeaders);
		if (settings.maxAge != null) {
			if (settings.maxAge.isNegative()) {
				error(prefix + "max-age", settings.maxAge.toString(), "is negative",
						"Use 0 to disable preflight caching, or a positive duration such as 30m.");
			}
			else if (settings.maxAge.getNano() != 0) {
				error(prefix + "max-age", settings.maxAge.toString(),
						"is not a whole number of seconds, but Access-Control-Max-Age counts whole seconds",
						"Use a whole number of seconds, such as 600s or 10m.");
			}
		}
	}

	/**
	 * Reports a wildcard pattern whose domain is a public suffix, under which strangers
	 * can have sites of their own.
	 */
	private boolean isPublicSuffix(String property, String value, OriginPattern pattern) {
		String problem = publicSuffixProblem(pattern);
		if (problem == null) {
			return false;
		}
		error(property, value, problem, publicSuffixAction(pattern));
		return true;
	}

	/**
	 * Why a wildcard pattern is too broad, or {@code null} when its domain is not a
	 * public suffix.
	 */
	static @Nullable String publicSuffixProblem(OriginPattern pattern) {
		String domain = pattern.host().substring(1);
		PublicSuffixList.Section section = PublicSuffixList.get().sectionOf(domain);
		if (section == null) {
			return null;
		}
		return "is too broad: '" + domain + "' is a public suffix (Public Suffix List, " + section.meaning()
				+ "), so '*." + domain + "' matches sites of anyone there";
	}

	static String publicSuffixAction(OriginPattern pattern) {
		return "Name a domain you control under it, as in " + pattern.scheme() + "://*.my-site."
				+ pattern.host().substring(1) + ", or list exact origins in allowed-origins.";
	}

	/**
	 * Reports null elements, which a builder accepts but no rule can read; every other
	 * check skips them.
	 */
	private void reportNullElements(String property, @Nullable List<String> values) {
		if (values == null) {
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) == null) {
				error(property + "[" + i + "]", null, "is null", "Remove the null entry or give it a value.");
			}
		}
	}

	private void validateHeaderNames(String property, @Nullable List<String> names) {
		if (names == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name == null || name.equals("*")) {
				continue;
			}
			if (!HttpTokens.isToken(name)) {
				error(property + "[" + i + "]", name, "is not a valid header name",
						"Use header names such as Content-Type or X-Request-Id, or * for any.");
			}
			else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				error(property + "[" + i + "]", name, "is listed twice (header names are case-insensitive)",
						"Remove the duplicate entry.");
			}
		}
	}

	private void validatePaths(String property, List<String> paths) {
		for (int i = 0; i < paths.size(); i++) {
			if (paths.get(i) == null) {
				continue;
			}
			String problem = PathMatcher.validate(paths.get(i));
			if (problem != null) {
				error(property + "[" + i + "]", paths.get(i), problem,
						"Use Spring path patterns such as /api/** or /files/*.txt.");
			}
		}
	}

	/**
	 * Reports a mapping whose every path is taken by earlier mappings, whether one of
	 * them covers them all or several do together.
	 */
	private void checkReachable(String property, int index, List<String> paths, List<List<String>> earlier) {
		Set<Integer> covering = new TreeSet<>();
		for (String path : paths) {
			int first = firstCovering(path, earlier);
			if (first < 0) {
				return;
			}
			covering.add(first);
		}
		if (covering.size() == 1) {
			int j = covering.iterator().next();
			error(property, String.join(", ", paths),
					"can never match: mappings[" + j + "] comes first and covers every one of these paths",
					"Move mappings[" + index + "] above mappings[" + j + "], or narrow mappings[" + j + "].paths.");
		}
		else {
			String names = covering.stream().map((j) -> "mappings[" + j + "]").collect(Collectors.joining(", "));
			error(property, String.join(", ", paths),
					"can never match: " + names + " come first and together cover every one of these paths",
					"Move mappings[" + index + "] above " + names + ", or narrow their paths.");
		}
	}

	private static int firstCovering(String path, List<List<String>> earlier) {
		for (int j = 0; j < earlier.size(); j++) {
			if (earlier.get(j).stream().anyMatch((e) -> PathMatcher.covers(e, path))) {
				return j;
			}
		}
		return -1;
	}

	private void checkCombination(String prefix, CorsMapping mapping, boolean reportOrigins, boolean reportExposed) {
		if (!mapping.enabled() || !mapping.allowCredentials()) {
			return;
		}
		if (reportOrigins && mapping.allowedOrigins().contains("*")) {
			error(prefix + "allowed-origins", "*",
					"allows every origin while allow-credentials is true: any site could read responses with the "
							+ "user's cookies, and browsers reject the combination anyway",
					"List the trusted origins (or patterns such as https://*.example.com), or set allow-credentials "
							+ "to false.");
		}
		if (reportExposed && mapping.exposedHeaders().contains("*")) {
			error(prefix + "exposed-headers", "*",
					"is not a wildcard for credentialed requests: browsers then read it as a header literally named '*'",
					"List the response headers scripts may read, such as X-Request-Id.");
		}
	}

	private void warn(String prefix, CorsPolicy.Settings<?> settings, CorsMapping mapping) {
		if (mapping.allowCredentials() && (settings.allowedOrigins != null || settings.allowCredentials != null)) {
			for (String origin : mapping.allowedOrigins()) {
				if (origin.startsWith("http://") && !isLoopback(origin)) {
					this.warnings.add(new CorsPolicyProblem(prefix + "allowed-origins", origin,
							"is plain http with allow-credentials true: anyone on the network path can impersonate it",
							"Serve that origin over https."));
				}
			}
		}
		if (settings.maxAge != null && settings.maxAge.compareTo(BROWSER_MAX_AGE_CAP) > 0) {
			this.warnings.add(new CorsPolicyProblem(prefix + "max-age", settings.maxAge.toString(),
					"is longer than browsers honour (Chromium caps preflight caching at 2 hours)",
					"Use at most 2h to state what browsers actually do."));
		}
	}

	/**
	 * Whether an origin's host is a loopback address, compared as a whole host so that
	 * look-alikes such as {@code localhost.example.com} or {@code 127.example.com} do not
	 * count.
	 */
	private static boolean isLoopback(String origin) {
		long parsed = OriginSyntax.parse(origin);
		if (parsed == OriginSyntax.MALFORMED) {
			return false;
		}
		String host = origin.substring(OriginSyntax.hostStart(parsed), OriginSyntax.hostEnd(parsed));
		return host.equals("localhost") || host.equals("[::1]") || isIpv4Loopback(host);
	}

	private static boolean isIpv4Loopback(String host) {
		return host.startsWith("127.") && host.chars().filter((c) -> c == '.').count() == 3
				&& host.chars().allMatch((c) -> c == '.' || (c >= '0' && c <= '9'));
	}

	private void error(String property, @Nullable String value, String problem, String action) {
		this.errors.add(new CorsPolicyProblem(property, value, problem, action));
	}

	private static <T> T orElse(@Nullable T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * A list without its null elements, which are reported as errors; the mappings are
	 * resolved all the same, to find every other problem.
	 */
	private static @Nullable List<String> presentOrNull(@Nullable List<String> values) {
		return (values != null) ? present(values) : null;
	}

	private static List<String> present(List<String> values) {
		// contains(null) throws on the immutable lists of List.of.
		return values.stream().anyMatch(Objects::isNull) ? values.stream().filter(Objects::nonNull).toList() : values;
	}

}
