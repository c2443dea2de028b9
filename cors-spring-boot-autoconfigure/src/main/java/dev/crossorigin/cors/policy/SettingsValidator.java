package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Checks the values of one {@link CorsSettings} (the top level or a mapping), each list
 * element on its own: the rules that need no other setting. Each rule's message is
 * written for the person who typed the value.
 */
final class SettingsValidator {

	private static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	/** The list settings, in the order problems are reported. */
	private static final List<String> LIST_PROPERTIES = List.of("paths", "allowed-origins", "allowed-origin-patterns",
			"allowed-methods", "allowed-headers", "exposed-headers");

	private static final String LISTED_TWICE = "is listed twice";

	private final Problems problems;

	SettingsValidator(Problems problems) {
		this.problems = problems;
	}

	/**
	 * Checks every value of some settings.
	 * @param prefix the settings' property prefix: empty for the top level,
	 * {@code mappings[i].} for a mapping
	 * @param settings the settings
	 */
	void validate(String prefix, CorsSettings<?> settings) {
		for (String property : LIST_PROPERTIES) {
			if (settings.nullArguments.contains(property)) {
				this.problems.error(prefix + property, null, "is null",
						"Pass a list, empty for none, or leave the setting unset.");
			}
		}
		reportNullElements(prefix + "allowed-origins", settings.allowedOrigins);
		reportNullElements(prefix + "allowed-origin-patterns", settings.allowedOriginPatterns);
		reportNullElements(prefix + "allowed-methods", settings.allowedMethods);
		reportNullElements(prefix + "allowed-headers", settings.allowedHeaders);
		reportNullElements(prefix + "exposed-headers", settings.exposedHeaders);
		reportNullElements(prefix + "paths", settings.paths);
		checkEach(prefix + "allowed-origins", settings.allowedOrigins, true, UnaryOperator.identity(), LISTED_TWICE,
				this::checkOrigin);
		checkEach(prefix + "allowed-origin-patterns", settings.allowedOriginPatterns, false, UnaryOperator.identity(),
				LISTED_TWICE, this::checkOriginPattern);
		checkEach(prefix + "allowed-methods", settings.allowedMethods, true, UnaryOperator.identity(), LISTED_TWICE,
				this::checkMethod);
		checkEach(prefix + "allowed-headers", settings.allowedHeaders, true, SettingsValidator::lowerCase,
				LISTED_TWICE + " (header names are case-insensitive)", this::checkHeaderName);
		checkEach(prefix + "exposed-headers", settings.exposedHeaders, true, SettingsValidator::lowerCase,
				LISTED_TWICE + " (header names are case-insensitive)", this::checkHeaderName);
		checkMaxAge(prefix + "max-age", settings.maxAge);
		checkEach(prefix + "paths", settings.paths, false, UnaryOperator.identity(), null, this::checkPath);
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
				this.problems.error(property + "[" + i + "]", null, "is null",
						"Remove the null entry or give it a value.");
			}
		}
	}

	/**
	 * Checks each element of a list setting with its own rule, then, if it passed, that
	 * it is not listed twice.
	 * @param property the setting
	 * @param values its elements
	 * @param anyAllowed whether {@code *} stands for any value, so needs no check
	 * @param identity what makes two elements the same
	 * @param listedTwice the problem of an element listed twice, or {@code null} when
	 * repeating one does no harm
	 * @param rule reports an element's problems and says whether it passed
	 */
	private void checkEach(String property, @Nullable List<String> values, boolean anyAllowed,
			UnaryOperator<String> identity, @Nullable String listedTwice, BiPredicate<String, String> rule) {
		if (values == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || (anyAllowed && value.equals("*"))) {
				continue;
			}
			String element = property + "[" + i + "]";
			if (rule.test(element, value) && listedTwice != null && !seen.add(identity.apply(value))) {
				this.problems.error(element, value, listedTwice, "Remove the duplicate entry.");
			}
		}
	}

	/**
	 * Checks one exact origin, reporting it when it is invalid.
	 * @return whether it is valid
	 */
	boolean checkOrigin(String property, String origin) {
		if (OriginSyntax.check(origin) instanceof Parsed.Invalid<String> invalid) {
			this.problems.error(property, origin, invalid.problem(),
					"Write each origin as the browser sends it: scheme://host[:port], lowercase, with no path, "
							+ "trailing slash or default port; put wildcards in allowed-origin-patterns.");
			return false;
		}
		return true;
	}

	/**
	 * Checks one origin pattern, reporting it when it is invalid or too broad.
	 * @return whether it is valid
	 */
	boolean checkOriginPattern(String property, String value) {
		Parsed<OriginPattern> parsed = OriginPattern.parse(value);
		if (parsed instanceof Parsed.Invalid<OriginPattern> invalid) {
			this.problems.error(property, value, invalid.problem(),
					"Write a pattern as scheme://*.domain (one or more subdomain labels) and/or "
							+ "scheme://host:[*] (any port), for example https://*.example.com.");
			return false;
		}
		OriginPattern pattern = parsed.orElseThrow();
		return !pattern.wildcardHost() || !isPublicSuffix(property, value, pattern);
	}

	/**
	 * Reports a wildcard pattern whose domain is a public suffix, under which strangers
	 * can have sites of their own.
	 */
	private boolean isPublicSuffix(String property, String value, OriginPattern pattern) {
		String domain = pattern.host().substring(1);
		PublicSuffixList.Section section = PublicSuffixList.get().sectionOf(domain);
		if (section == null) {
			return false;
		}
		this.problems.error(property, value,
				"is too broad: '" + domain + "' is a public suffix (Public Suffix List, " + section.meaning()
						+ "), so '*." + domain + "' matches sites of anyone there",
				"Name a domain you control under it, as in " + pattern.scheme() + "://*.my-site." + domain
						+ ", or list exact origins in allowed-origins.");
		return true;
	}

	private boolean checkMethod(String property, String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		if (!HttpTokens.isToken(method)) {
			this.problems.error(property, method, "is not a valid method token",
					"Use method names such as GET, POST, PUT, PATCH, DELETE, or * for any method.");
			return false;
		}
		if (FORBIDDEN_METHODS.contains(upper)) {
			this.problems.error(property, method,
					"is a method browsers forbid scripts to send, so allowing it is meaningless",
					"Remove " + method + " from allowed-methods.");
			return false;
		}
		if (NORMALIZED_METHODS.contains(upper) && !method.equals(upper)) {
			this.problems.error(property, method,
					"is not uppercase, but browsers send " + upper
							+ " in uppercase and methods are case-sensitive, so it would never match",
					"Write " + upper + ".");
			return false;
		}
		return true;
	}

	private boolean checkHeaderName(String property, String name) {
		if (!HttpTokens.isToken(name)) {
			this.problems.error(property, name, "is not a valid header name",
					"Use header names such as Content-Type or X-Request-Id, or * for any.");
			return false;
		}
		return true;
	}

	private void checkMaxAge(String property, @Nullable Duration maxAge) {
		if (maxAge == null) {
			return;
		}
		if (maxAge.isNegative()) {
			this.problems.error(property, maxAge.toString(), "is negative",
					"Use 0 to disable preflight caching, or a positive duration such as 30m.");
		}
		else if (maxAge.getNano() != 0) {
			this.problems.error(property, maxAge.toString(),
					"is not a whole number of seconds, but Access-Control-Max-Age counts whole seconds",
					"Use a whole number of seconds, such as 600s or 10m.");
		}
	}

	private boolean checkPath(String property, String path) {
		if (PathMatcher.check(path) instanceof Parsed.Invalid<?> invalid) {
			this.problems.error(property, path, invalid.problem(),
					"Use Spring path patterns such as /api/** or /files/*.txt.");
			return false;
		}
		return true;
	}

	private static String lowerCase(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
