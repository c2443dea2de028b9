package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Resolves a builder into effective mappings (a mapping inherits what it leaves unset
 * from the top level, which falls back to the defaults) and collects every problem on the
 * way, so that one failure reports all of them: each setting's values through
 * {@link SettingsValidator}, then the rules that look at several settings or mappings
 * together.
 */
final class PolicyValidator {

	static final List<String> DEFAULT_METHODS = List.of("GET", "HEAD", "POST");

	static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

	/** Chromium caps {@code Access-Control-Max-Age} at two hours; Firefox at a day. */
	static final Duration BROWSER_MAX_AGE_CAP = Duration.ofHours(2);

	private final Problems problems = new Problems();

	private final SettingsValidator settings = new SettingsValidator(this.problems);

	Problems problems() {
		return this.problems;
	}

	/**
	 * The effective mappings of a builder, in the order they are tried, the top level
	 * last; every problem found is in {@link #problems()}.
	 */
	List<CorsMapping> resolve(CorsPolicyBuilder builder) {
		this.settings.validate("", builder);
		List<String> givenPaths = (builder.paths != null) ? builder.paths : List.of("/**");
		if (givenPaths.isEmpty() && !builder.nullArguments.contains("paths")) {
			this.problems.error("paths", null, "is empty, so the top-level policy applies nowhere",
					"Leave paths unset for /**, or list path patterns such as /api/**; to turn CORS off, set "
							+ "cors.enabled to false.");
		}
		CorsMapping top = new CorsMapping(present(givenPaths), true,
				orElse(presentOrNull(builder.allowedOrigins), List.of()),
				orElse(presentOrNull(builder.allowedOriginPatterns), List.of()),
				orElse(presentOrNull(builder.allowedMethods), DEFAULT_METHODS),
				orElse(presentOrNull(builder.allowedHeaders), List.of("*")),
				orElse(presentOrNull(builder.exposedHeaders), List.of()), orElse(builder.allowCredentials, false),
				orElse(builder.allowPrivateNetwork, false), orElse(builder.allowDynamicOrigins, false),
				orElse(builder.maxAge, DEFAULT_MAX_AGE));
		checkCombination("", top, true, true);
		warn("", builder, top);
		List<CorsMapping> result = new ArrayList<>();
		List<List<String>> earlierPaths = new ArrayList<>();
		for (int i = 0; i < builder.mappings.size(); i++) {
			CorsMappingBuilder mapping = builder.mappings.get(i);
			if (mapping == null) {
				this.problems.error("mappings[" + i + "]", null, "is null",
						"Remove the null entry from the builder's mappings.");
				continue;
			}
			CorsMapping resolved = resolve(i, mapping, top, earlierPaths);
			earlierPaths.add(resolved.paths());
			result.add(resolved);
		}
		result.add(top);
		return result;
	}

	private CorsMapping resolve(int index, CorsMappingBuilder mapping, CorsMapping top,
			List<List<String>> earlierPaths) {
		String prefix = "mappings[" + index + "].";
		this.settings.validate(prefix, mapping);
		List<String> givenPaths = (mapping.paths != null) ? mapping.paths : List.of();
		List<String> paths = present(givenPaths);
		if (!paths.isEmpty()) {
			checkReachable(prefix + "paths", index, paths, earlierPaths);
		}
		else if (!mapping.nullArguments.contains("paths") && givenPaths.isEmpty()) {
			this.problems.error(prefix + "paths", null, "is missing, so the mapping applies nowhere",
					"Give the mapping one or more path patterns, such as /api/**.");
		}
		CorsMapping resolved = new CorsMapping(paths, mapping.enabled,
				orElse(presentOrNull(mapping.allowedOrigins), top.allowedOrigins()),
				orElse(presentOrNull(mapping.allowedOriginPatterns), top.allowedOriginPatterns()),
				orElse(presentOrNull(mapping.allowedMethods), top.allowedMethods()),
				orElse(presentOrNull(mapping.allowedHeaders), top.allowedHeaders()),
				orElse(presentOrNull(mapping.exposedHeaders), top.exposedHeaders()),
				orElse(mapping.allowCredentials, top.allowCredentials()),
				orElse(mapping.allowPrivateNetwork, top.allowPrivateNetwork()),
				orElse(mapping.allowDynamicOrigins, top.allowDynamicOrigins()), orElse(mapping.maxAge, top.maxAge()));
		if (mapping.enabled) {
			checkCombination(prefix, resolved, mapping.allowedOrigins != null || mapping.allowCredentials != null,
					mapping.exposedHeaders != null || mapping.allowCredentials != null);
			warn(prefix, mapping, resolved);
		}
		return resolved;
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
			this.problems.error(property, String.join(", ", paths),
					"can never match: mappings[" + j + "] comes first and covers every one of these paths",
					"Move mappings[" + index + "] above mappings[" + j + "], or narrow mappings[" + j + "].paths.");
		}
		else {
			String names = covering.stream().map((j) -> "mappings[" + j + "]").collect(Collectors.joining(", "));
			this.problems.error(property, String.join(", ", paths),
					"can never match: " + names + " come first and together cover every one of these paths",
					"Move mappings[" + index + "] above " + names + ", or narrow their paths.");
		}
	}

	/** The first earlier mapping that covers a path, or -1 when none does. */
	private static int firstCovering(String path, List<List<String>> earlier) {
		for (int j = 0; j < earlier.size(); j++) {
			if (earlier.get(j).stream().anyMatch((e) -> PathMatcher.covers(e, path))) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Reports what credentials make unsafe or meaningless: any origin, and {@code *} as
	 * exposed headers; each on the mapping that set one of the pair.
	 */
	private void checkCombination(String prefix, CorsMapping mapping, boolean reportOrigins, boolean reportExposed) {
		if (!mapping.enabled() || !mapping.allowCredentials()) {
			return;
		}
		if (reportOrigins && mapping.allowedOrigins().contains("*")) {
			this.problems.error(prefix + "allowed-origins", "*",
					"allows every origin while allow-credentials is true: any site could read responses with the "
							+ "user's cookies, and browsers reject the combination anyway",
					"List the trusted origins (or patterns such as https://*.example.com), or set allow-credentials "
							+ "to false.");
		}
		if (reportExposed && mapping.exposedHeaders().contains("*")) {
			this.problems.error(prefix + "exposed-headers", "*",
					"is not a wildcard for credentialed requests: browsers then read it as a header literally named '*'",
					"List the response headers scripts may read, such as X-Request-Id.");
		}
	}

	/** Collects the warnings of settings a mapping or the top level set itself. */
	private void warn(String prefix, CorsSettings<?> settings, CorsMapping mapping) {
		if (mapping.allowCredentials() && (settings.allowedOrigins != null || settings.allowCredentials != null)) {
			for (String origin : mapping.allowedOrigins()) {
				if (origin.startsWith("http://") && !isLoopback(origin)) {
					this.problems.warning(prefix + "allowed-origins", origin,
							"is plain http with allow-credentials true: anyone on the network path can impersonate it",
							"Serve that origin over https.");
				}
			}
		}
		if (settings.maxAge != null && settings.maxAge.compareTo(BROWSER_MAX_AGE_CAP) > 0) {
			this.problems.warning(prefix + "max-age", settings.maxAge.toString(),
					"is longer than browsers honour (Chromium caps preflight caching at 2 hours)",
					"Use at most 2h to state what browsers actually do.");
		}
	}

	/**
	 * Whether an origin's host is a loopback address, compared as a whole host so that
	 * look-alikes such as {@code localhost.example.com} or {@code 127.example.com} do not
	 * count.
	 */
	private static boolean isLoopback(String origin) {
		if (!OriginSyntax.isOrigin(origin)) {
			return false;
		}
		int hostStart = OriginSyntax.hostStart(origin);
		String host = origin.substring(hostStart, OriginSyntax.hostEnd(origin, hostStart));
		return host.equals("localhost") || host.equals("[::1]") || isIpv4Loopback(host);
	}

	private static boolean isIpv4Loopback(String host) {
		return host.startsWith("127.") && host.chars().filter((c) -> c == '.').count() == 3
				&& host.chars().allMatch((c) -> c == '.' || (c >= '0' && c <= '9'));
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
