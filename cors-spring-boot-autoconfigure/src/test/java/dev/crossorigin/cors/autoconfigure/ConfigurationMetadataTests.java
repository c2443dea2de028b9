package dev.crossorigin.cors.autoconfigure;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the generated configuration metadata that IDEs show for {@code cors.*}
 * properties.
 */
class ConfigurationMetadataTests {

	@Test
	@SuppressWarnings("unchecked")
	void everyPropertyIsDescribedAndDefaultsAreDeclared() throws Exception {
		Map<String, Object> metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			metadata = JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes()));
		}
		Map<String, Map<String, Object>> properties = ((List<Map<String, Object>>) metadata.get("properties")).stream()
			.filter((property) -> ((String) property.get("name")).startsWith("cors."))
			.collect(Collectors.toMap((property) -> (String) property.get("name"), (property) -> property));
		assertThat(properties).containsOnlyKeys("cors.enabled", "cors.paths", "cors.allowed-origins",
				"cors.allowed-origin-patterns", "cors.allowed-methods", "cors.allowed-headers", "cors.exposed-headers",
				"cors.allow-credentials", "cors.allow-private-network", "cors.allow-dynamic-origins", "cors.max-age",
				"cors.filter-order", "cors.debug", "cors.mappings", "cors.dynamic-origins.refresh-interval",
				"cors.dynamic-origins.load-timeout", "cors.dynamic-origins.lookup.cache-ttl",
				"cors.dynamic-origins.lookup.negative-cache-ttl", "cors.dynamic-origins.lookup.maximum-size",
				"cors.dynamic-origins.lookup.timeout");
		properties.forEach((name, property) -> {
			String description = (String) property.get("description");
			assertThat(description).as(name).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ").endsWith(".");
			if (property.get("type").equals("java.lang.Boolean")) {
				assertThat(description).as(name).startsWith("Whether");
			}
		});
		assertThat(properties.get("cors.enabled")).containsEntry("defaultValue", true);
		assertThat(properties.get("cors.debug")).containsEntry("defaultValue", false);
		assertThat(properties.get("cors.paths")).containsEntry("defaultValue", List.of("/**"));
		assertThat(properties.get("cors.allowed-methods")).containsEntry("defaultValue",
				List.of("GET", "HEAD", "POST"));
		assertThat(properties.get("cors.allowed-headers")).containsEntry("defaultValue", List.of("*"));
		assertThat(properties.get("cors.allow-credentials")).containsEntry("defaultValue", false);
		assertThat(properties.get("cors.allow-private-network")).containsEntry("defaultValue", false);
		assertThat(properties.get("cors.max-age")).containsEntry("defaultValue", "30m");
		assertThat(properties.get("cors.allow-dynamic-origins")).containsEntry("defaultValue", false);
		assertThat(properties.get("cors.dynamic-origins.refresh-interval")).containsEntry("defaultValue", "30s");
		assertThat(properties.get("cors.dynamic-origins.lookup.timeout")).containsEntry("defaultValue", "500ms");
		assertThat(properties.get("cors.filter-order")).containsEntry("defaultValue",
				CorsProperties.DEFAULT_FILTER_ORDER);
		List<Map<String, Object>> hints = (List<Map<String, Object>>) metadata.get("hints");
		assertThat(hints).extracting((hint) -> hint.get("name"))
			.contains("cors.allowed-methods", "cors.allowed-headers", "cors.exposed-headers");
	}

}
