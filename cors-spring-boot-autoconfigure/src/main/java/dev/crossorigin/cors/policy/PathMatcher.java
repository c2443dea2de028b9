package dev.crossorigin.cors.policy;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Compiled Spring path patterns ({@code /api/**}, {@code /files/*.txt},
 * {@code /users/{id}}). The common shapes, {@code /**}, a literal prefix followed by
 * {@code /**}, and a literal path, are matched with plain string comparisons; other
 * patterns go through Spring's {@link PathPattern}.
 */
final class PathMatcher {

	private static final PathPatternParser PARSER = new PathPatternParser();

	/** Splits a path into segments without decoding them. */
	private static final PathContainer.Options UNDECODED = PathContainer.Options.create('/', false);

	private final boolean matchesAll;

	private final String[] prefixes;

	private final String[] literals;

	private final PathPattern[] patterns;

	private PathMatcher(boolean matchesAll, List<String> prefixes, List<String> literals, List<PathPattern> patterns) {
		this.matchesAll = matchesAll;
		this.prefixes = prefixes.toArray(String[]::new);
		this.literals = literals.toArray(String[]::new);
		this.patterns = patterns.toArray(PathPattern[]::new);
	}

	/**
	 * Compiles path patterns that {@link #validate(String)} accepted.
	 * @param paths the patterns
	 * @return the matcher
	 */
	static PathMatcher compile(List<String> paths) {
		boolean all = false;
		List<String> prefixes = new java.util.ArrayList<>();
		List<String> literals = new java.util.ArrayList<>();
		List<PathPattern> patterns = new java.util.ArrayList<>();
		for (String path : paths) {
			if (path.equals("/**")) {
				all = true;
			}
			else if (path.endsWith("/**") && isLiteral(path, path.length() - 3)) {
				prefixes.add(path.substring(0, path.length() - 3));
			}
			else if (isLiteral(path, path.length())) {
				literals.add(path);
			}
			else {
				patterns.add(PARSER.parse(path));
			}
		}
		return new PathMatcher(all, prefixes, literals, patterns);
	}

	/**
	 * Explains why a value is not a usable path pattern.
	 * @param path the value
	 * @return the reason, or {@code null}
	 */
	static @org.jspecify.annotations.Nullable String validate(String path) {
		if (path.isBlank()) {
			return "is empty";
		}
		if (!path.startsWith("/")) {
			return "does not start with '/'";
		}
		try {
			PARSER.parse(path);
			return null;
		}
		catch (RuntimeException ex) {
			return "is not a valid path pattern: " + ex.getMessage();
		}
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

	boolean matches(String path) {
		if (this.matchesAll) {
			return true;
		}
		for (String prefix : this.prefixes) {
			if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
				return true;
			}
		}
		for (String literal : this.literals) {
			if (path.equals(literal)) {
				return true;
			}
		}
		if (this.patterns.length > 0) {
			PathContainer container = parse(path);
			for (PathPattern pattern : this.patterns) {
				if (pattern.matches(container)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Parses a request path for the {@link PathPattern}s, which match decoded segments. A
	 * path with a broken percent-encoding ({@code /files/%zz.txt}) cannot be decoded;
	 * rather than fail the request, it is matched as sent, as the prefix and literal
	 * checks match every path. (Tomcat and Reactor Netty answer such requests 400 before
	 * any filter runs, but {@link CorsPolicy#evaluate} and other callers get the path as
	 * given.)
	 */
	private static PathContainer parse(String path) {
		try {
			return PathContainer.parsePath(path);
		}
		catch (IllegalArgumentException ex) {
			return PathContainer.parsePath(path, UNDECODED);
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

}
