package dev.crossorigin.cors.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which mapping Spring would pick for a path, worked out with Spring's own request-path
 * parsing and {@code PathPattern} matching, independently of the engine's matcher: the
 * first mapping in declaration order one of whose patterns matches the path Spring routes
 * on, the top level last.
 */
final class SpringRouting {

	private static final PathPatternParser PARSER = new PathPatternParser();

	private SpringRouting() {
	}

	/**
	 * The mapping that covers a path, or {@code null} when none does or the covering one
	 * is disabled. Spring cannot route a path it cannot parse (a broken percent-encoding,
	 * which servers refuse before any filter runs): no mapping covers it, except that a
	 * policy whose only mapping is an enabled top level on {@code /**} never reads the
	 * path and covers every request.
	 * @param mappings the policy's mappings, top level last
	 * @param rawPath the path as a client sends it
	 */
	static @Nullable CorsMapping mappingFor(List<CorsMapping> mappings, String rawPath) {
		PathContainer path;
		try {
			path = RequestPath.parse(rawPath, null).pathWithinApplication();
		}
		catch (IllegalArgumentException ex) {
			CorsMapping only = mappings.get(0);
			return (mappings.size() == 1 && only.enabled() && only.paths().contains("/**")) ? only : null;
		}
		for (CorsMapping mapping : mappings) {
			if (mapping.paths().stream().anyMatch((pattern) -> PARSER.parse(pattern).matches(path))) {
				return mapping.enabled() ? mapping : null;
			}
		}
		return null;
	}

}
