package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.cors.policy.CorsPolicy;

/**
 * Adjusts the builder of the property-derived {@link CorsPolicy} before it is built. The
 * {@code cors.*} properties are applied by a customizer of order {@code 0}: order yours
 * below it to be overridden by properties, above it to override them. The properties
 * apply only the keys that are set, so a customizer ordered below them keeps whatever no
 * property names.
 */
@FunctionalInterface
public interface CorsPolicyCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder
	 */
	void customize(CorsPolicyBuilder builder);

}
