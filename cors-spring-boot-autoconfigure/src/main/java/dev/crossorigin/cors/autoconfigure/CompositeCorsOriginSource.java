package dev.crossorigin.cors.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.ClassUtils;

/**
 * The origins of several {@link CorsOriginSource} beans together: one load reads them
 * all, and fails when any of them fails, so that the last good origins of every source
 * stay in force together.
 */
final class CompositeCorsOriginSource implements CorsOriginSource {

	private final List<CorsOriginSource> sources;

	CompositeCorsOriginSource(List<CorsOriginSource> sources) {
		this.sources = List.copyOf(sources);
	}

	@Override
	public CorsOrigins load() throws Exception {
		List<String> origins = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		for (CorsOriginSource source : this.sources) {
			CorsOrigins loaded = source.load();
			if (loaded == null) {
				throw new IllegalStateException(ClassUtils.getUserClass(source).getName() + " returned null");
			}
			origins.addAll(loaded.origins());
			patterns.addAll(loaded.patterns());
		}
		return new CorsOrigins(origins, patterns);
	}

	@Override
	public String toString() {
		return "CorsOriginSource beans "
				+ this.sources.stream().map((source) -> ClassUtils.getUserClass(source).getName()).toList();
	}

}
