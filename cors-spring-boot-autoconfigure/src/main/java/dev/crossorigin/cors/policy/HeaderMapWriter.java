package dev.crossorigin.cors.policy;

import java.util.Collection;
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
	public boolean hasHeader(Map<String, String> response, String name) {
		return response.containsKey(name);
	}

	@Override
	public Collection<String> headerValues(Map<String, String> response, String name) {
		String value = response.get(name);
		return (value != null) ? List.of(value) : List.of();
	}

}
