package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.List;

/**
 * The effective settings of one mapping of a {@link CorsPolicy}, after inheritance from
 * the top level.
 *
 * @param paths the Spring path patterns this mapping applies to
 * @param enabled whether the mapping handles CORS; a disabled mapping leaves its paths
 * alone
 * @param allowedOrigins exact origins, or {@code *}
 * @param allowedOriginPatterns origin patterns
 * @param allowedMethods methods, or {@code *}
 * @param allowedHeaders request header names, or {@code *}
 * @param exposedHeaders response header names scripts may read, or {@code *}
 * @param allowCredentials whether credentials are allowed
 * @param allowPrivateNetwork whether Private Network Access preflights are answered
 * @param allowDynamicOrigins whether origins the application supplies at run time (a
 * {@link DynamicOrigins} snapshot or a per-request lookup) are allowed here too
 * @param maxAge how long browsers may cache a preflight
 */
public record CorsMapping(List<String> paths, boolean enabled, List<String> allowedOrigins,
		List<String> allowedOriginPatterns, List<String> allowedMethods, List<String> allowedHeaders,
		List<String> exposedHeaders, boolean allowCredentials, boolean allowPrivateNetwork, boolean allowDynamicOrigins,
		Duration maxAge) {

	public CorsMapping {
		paths = List.copyOf(paths);
		allowedOrigins = List.copyOf(allowedOrigins);
		allowedOriginPatterns = List.copyOf(allowedOriginPatterns);
		allowedMethods = List.copyOf(allowedMethods);
		allowedHeaders = List.copyOf(allowedHeaders);
		exposedHeaders = List.copyOf(exposedHeaders);
	}

}
