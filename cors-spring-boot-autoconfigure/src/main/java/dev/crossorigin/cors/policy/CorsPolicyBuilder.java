package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link CorsPolicy}: the top-level settings, their paths, and the mappings. Get
 * one from {@link CorsPolicy#builder()} or {@link CorsPolicy#toBuilder()}.
 */
public final class CorsPolicyBuilder extends CorsSettings<CorsPolicyBuilder> {

	final List<CorsMappingBuilder> mappings = new ArrayList<>();

	CorsPolicyBuilder() {
	}

	/**
	 * Adds a mapping after those already added.
	 * @param mapping configures the mapping: its paths, and the settings that differ from
	 * the top level
	 * @return this builder
	 */
	public CorsPolicyBuilder mapping(Consumer<CorsMappingBuilder> mapping) {
		CorsMappingBuilder builder = new CorsMappingBuilder();
		mapping.accept(builder);
		this.mappings.add(builder);
		return this;
	}

	/**
	 * The mappings added so far, in order, for customizers that adjust or reorder them.
	 */
	public List<CorsMappingBuilder> mappings() {
		return this.mappings;
	}

	/**
	 * Validates and compiles the policy.
	 * @return the policy
	 * @throws CorsPolicyException listing every problem when the policy is invalid or
	 * unsafe
	 */
	public CorsPolicy build() {
		PolicyValidator validator = new PolicyValidator();
		List<CorsMapping> resolved = validator.resolve(this);
		validator.problems().throwIfAnyError();
		return new CorsPolicy(resolved, validator.problems().warnings());
	}

}
