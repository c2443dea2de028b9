package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.Map;

/**
 * Writes response headers into a map, one value per name: for {@link CorsPolicy#evaluate}
 * and {@link CorsPolicy#explain}, which decide outside any web stack.
 */
final class HeaderMapWriter implements CorsResponseWriter<Map<String, String>> {

	static final HeaderMapWriter INSTANCE = new HeaderMapWriter();

	private HeaderMapWriter() {
	}

	@Override
	public void setHeader(Map<String, String> response, String name, String value) {
		response.put(name, value);
	}

	@Override
	public void addVary(Map<String, String> response, String names) {
		String existing = response.get(CorsHeaders.VARY);
		String merged = VaryHeader.merge((existing != null) ? List.of(existing) : List.of(), names);
		if (merged != null) {
			response.put(CorsHeaders.VARY, merged);
		}
	}

}
