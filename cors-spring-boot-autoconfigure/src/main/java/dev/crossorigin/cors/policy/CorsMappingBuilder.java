package dev.crossorigin.cors.policy;

/**
 * Builds one mapping of a {@link CorsPolicyBuilder}: its paths, whether it is enabled,
 * and the settings that differ from the top level.
 */
public final class CorsMappingBuilder extends CorsSettings<CorsMappingBuilder> {

	boolean enabled = true;

	CorsMappingBuilder() {
	}

	/**
	 * Whether this mapping handles CORS; {@code false} leaves its paths to the rest of
	 * the application.
	 */
	public CorsMappingBuilder enabled(boolean enabled) {
		this.enabled = enabled;
		return this;
	}

}
