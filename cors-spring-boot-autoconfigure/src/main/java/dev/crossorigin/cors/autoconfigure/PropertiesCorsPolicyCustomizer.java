package dev.crossorigin.cors.autoconfigure;

import java.util.function.Consumer;

import dev.crossorigin.cors.policy.CorsPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;

/**
 * Applies {@link CorsProperties} to the policy builder, at order {@code 0}.
 */
final class PropertiesCorsPolicyCustomizer implements CorsPolicyCustomizer, Ordered {

	private final CorsProperties properties;

	PropertiesCorsPolicyCustomizer(CorsProperties properties) {
		this.properties = properties;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customize(CorsPolicy.Builder builder) {
		CorsProperties properties = this.properties;
		builder.paths(properties.getPaths())
			.allowedOrigins(properties.getAllowedOrigins())
			.allowedOriginPatterns(properties.getAllowedOriginPatterns())
			.allowedMethods(properties.getAllowedMethods())
			.allowedHeaders(properties.getAllowedHeaders())
			.exposedHeaders(properties.getExposedHeaders())
			.allowCredentials(properties.isAllowCredentials())
			.allowPrivateNetwork(properties.isAllowPrivateNetwork())
			.maxAge(properties.getMaxAge());
		for (CorsProperties.Mapping mapping : properties.getMappings()) {
			builder.mapping((m) -> {
				// A pass-through mapping is the services' to answer: the starter's own
				// filter
				// leaves it alone, and the gateway integration tells it apart by its
				// paths.
				m.paths(mapping.getPaths()).enabled(mapping.isEnabled() && !mapping.isPassThrough());
				ifSet(mapping.getAllowedOrigins(), m::allowedOrigins);
				ifSet(mapping.getAllowedOriginPatterns(), m::allowedOriginPatterns);
				ifSet(mapping.getAllowedMethods(), m::allowedMethods);
				ifSet(mapping.getAllowedHeaders(), m::allowedHeaders);
				ifSet(mapping.getExposedHeaders(), m::exposedHeaders);
				ifSet(mapping.getAllowCredentials(), m::allowCredentials);
				ifSet(mapping.getAllowPrivateNetwork(), m::allowPrivateNetwork);
				ifSet(mapping.getMaxAge(), m::maxAge);
			});
		}
	}

	private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

}
