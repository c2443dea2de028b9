package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Compiled Spring path patterns ({@code /api/**}, {@code /files/*.txt},
 * {@code /users/{id}}), matched by Spring's own {@link PathPattern} against the path
 * Spring routes on, so that a mapping covers exactly the requests Spring sends to the
 * handlers under it. The one shortcut, {@code /**}, matches every origin-form path (empty
 * or starting with {@code /}), as {@link PathPattern} does; other paths, which no server
 * hands to a filter, go through {@link PathPattern} too.
 */
final class PathMatcher {

	private static final PathPatternParser PARSER = new PathPatternParser();

	private final boolean matchesAll;

	private final PathPattern[] patterns;

	private PathMatcher(boolean matchesAll, List<PathPattern> patterns) {
		this.matchesAll = matchesAll;
		this.patterns = patterns.toArray(PathPattern[]::new);
	}

	/**
	 * Compiles path patterns that {@link #check(String)} accepted.
	 * @param paths the patterns
	 * @return the matcher
	 */
	static PathMatcher compile(List<String> paths) {
		boolean all = false;
		List<PathPattern> patterns = new ArrayList<>();
		for (String path : paths) {
			all |= path.equals("/**");
			patterns.add(PARSER.parse(path));
		}
		return new PathMatcher(all, patterns);
	}

	/**
	 * Whether this matcher matches every origin-form path, so that a decision need not
	 * read it.
	 */
	boolean matchesAll() {
		return this.matchesAll;
	}

	/**
	 * Parses a configured path pattern.
	 * @param path the value
	 * @return the pattern, or why it is not a usable one
	 */
	static Parsed<PathPattern> check(String path) {
		if (path.isBlank()) {
			return Parsed.invalid("is empty");
		}
		if (!path.startsWith("/")) {
			return Parsed.invalid("does not start with '/'");
		}
		try {
			return Parsed.valid(PARSER.parse(path));
		}
		catch (RuntimeException ex) {
			return Parsed.invalid("is not a valid path pattern: " + ex.getMessage());
		}
	}

	/**
	 * Whether a request path, as {@link CorsRequestReader#path} gives it, is matched.
	 * @param path the path within the application
	 * @return whether one of the patterns matches it
	 */
	boolean matches(PathContainer path) {
		if (this.matchesAll && isOriginForm(path.value())) {
			return true;
		}
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOriginForm(String path) {
		return path.isEmpty() || path.charAt(0) == '/';
	}

	/**
	 * Parses a path as the client sent it (percent-encoded, with any {@code ;}
	 * parameters) into the path Spring routes on, as {@link RequestPath#parse} does for a
	 * request without a context path.
	 * @param rawPath the path
	 * @return the path, or {@code null} when its percent-encoding is broken and Spring
	 * could not route it either
	 */
	static @Nullable PathContainer parse(String rawPath) {
		try {
			return RequestPath.parse(rawPath, null).pathWithinApplication();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether every path this pattern matches is also matched by {@code earlier}, as far
	 * as a cheap check can tell.
	 */
	static boolean covers(String earlier, String later) {
		if (earlier.equals(later) || earlier.equals("/**")) {
			return true;
		}
		if (earlier.endsWith("/**") && isLiteral(earlier, earlier.length() - 3)) {
			String prefix = earlier.substring(0, earlier.length() - 2);
			return later.startsWith(prefix) || later.equals(earlier.substring(0, earlier.length() - 3));
		}
		return false;
	}

	private static boolean isLiteral(String path, int end) {
		for (int i = 0; i < end; i++) {
			char c = path.charAt(i);
			if (c == '*' || c == '?' || c == '{' || c == '}' || c == '%' || c == ';') {
				return false;
			}
		}
		return true;
	}

}
