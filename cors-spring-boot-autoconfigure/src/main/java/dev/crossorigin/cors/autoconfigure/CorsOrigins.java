package dev.crossorigin.cors.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Origins a {@link CorsOriginSource} supplies, written as in {@code cors.allowed-origins}
 * and {@code cors.allowed-origin-patterns}.
 *
 * @param origins exact origins, {@code scheme://host[:port]}
 * @param patterns origin patterns, such as {@code https://*.tenant.example.com}
 */
public record CorsOrigins(List<String> origins, List<String> patterns) {

	/**
	 * Copies the lists. A null entry, as a nullable column may give, is kept, to be
	 * skipped with a warning like any other invalid entry.
	 */
	public CorsOrigins {
		origins = Collections.unmodifiableList(new ArrayList<>(origins));
		patterns = Collections.unmodifiableList(new ArrayList<>(patterns));
	}

	/** Exact origins only. */
	public static CorsOrigins of(Collection<String> origins) {
		return new CorsOrigins(new ArrayList<>(origins), List.of());
	}

	/** Exact origins and patterns. */
	public static CorsOrigins of(Collection<String> origins, Collection<String> patterns) {
		return new CorsOrigins(new ArrayList<>(origins), new ArrayList<>(patterns));
	}

}
