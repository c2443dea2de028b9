package dev.crossorigin.cors.autoconfigure;

import java.util.function.Consumer;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.cors.policy.CorsPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;

/**
 * Applies {@link CorsProperties} to the policy builder, at order {@code 0}: the keys that
 * were set, and only those, so that a customizer ordered before it keeps whatever the
 * properties leave unset. The defaults of unset keys are the builder's own.
 */
final class PropertiesCorsPolicyCustomizer implements CorsPolicyCustomizer, Ordered {

	private final CorsProperties properties;

	private volatile boolean applied;

	PropertiesCorsPolicyCustomizer(CorsProperties properties) {
		this.properties = properties;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/** The properties this customizer applies. */
	CorsProperties properties() {
		return this.properties;
	}

	/**
	 * Whether the properties have shaped a policy: not when an application's own
	 * {@link CorsPolicy} bean replaces the property-derived one.
	 */
	boolean wasApplied() {
		return this.applied;
	}

	@Override
	public void customize(CorsPolicyBuilder builder) {
		this.applied = true;
		CorsProperties properties = this.properties;
		ifSet("paths", properties.getPaths(), builder::paths);
		ifSet("allowed-origins", properties.getAllowedOrigins(), builder::allowedOrigins);
		ifSet("allowed-origin-patterns", properties.getAllowedOriginPatterns(), builder::allowedOriginPatterns);
		ifSet("allowed-methods", properties.getAllowedMethods(), builder::allowedMethods);
		ifSet("allowed-headers", properties.getAllowedHeaders(), builder::allowedHeaders);
		ifSet("exposed-headers", properties.getExposedHeaders(), builder::exposedHeaders);
		ifSet("allow-credentials", properties.isAllowCredentials(), builder::allowCredentials);
		ifSet("allow-private-network", properties.isAllowPrivateNetwork(), builder::allowPrivateNetwork);
		ifSet("allow-dynamic-origins", properties.isAllowDynamicOrigins(), builder::allowDynamicOrigins);
		ifSet("max-age", properties.getMaxAge(), builder::maxAge);
		for (CorsProperties.Mapping mapping : properties.getMappings()) {
			builder.mapping((m) -> {
				// A pass-through mapping is the services' to answer: the starter's own
				// filter leaves it alone, and the gateway integration tells it apart by
				// its paths.
				m.paths(mapping.getPaths()).enabled(mapping.isEnabled() && !mapping.isPassThrough());
				ifSet(mapping.getAllowedOrigins(), m::allowedOrigins);
				ifSet(mapping.getAllowedOriginPatterns(), m::allowedOriginPatterns);
				ifSet(mapping.getAllowedMethods(), m::allowedMethods);
				ifSet(mapping.getAllowedHeaders(), m::allowedHeaders);
				ifSet(mapping.getExposedHeaders(), m::exposedHeaders);
				ifSet(mapping.getAllowCredentials(), m::allowCredentials);
				ifSet(mapping.getAllowPrivateNetwork(), m::allowPrivateNetwork);
				ifSet(mapping.getAllowDynamicOrigins(), m::allowDynamicOrigins);
				ifSet(mapping.getMaxAge(), m::maxAge);
			});
		}
	}

	private <T> void ifSet(String key, T value, Consumer<T> setter) {
		if (this.properties.wasSet(key)) {
			setter.accept(value);
		}
	}

	private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

}
