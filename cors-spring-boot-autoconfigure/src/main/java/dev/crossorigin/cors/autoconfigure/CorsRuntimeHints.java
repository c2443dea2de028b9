package dev.crossorigin.cors.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * Reflection and resources the starter needs in an ahead-of-time processed or native
 * application: the failure analyzer, which Spring Boot instantiates from
 * {@code META-INF/spring.factories}, the mapping type the {@code cors.mappings} list is
 * bound to, the records the {@code cors} endpoint serialises to JSON, and the Public
 * Suffix List.
 */
class CorsRuntimeHints implements RuntimeHintsRegistrar {

	/** The Public Suffix List that wildcard origin patterns are validated against. */
	static final String PUBLIC_SUFFIX_LIST = "dev/crossorigin/cors/policy/public_suffix_list.dat";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerType(CorsPolicyFailureAnalyzer.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		hints.resources().registerPattern(PUBLIC_SUFFIX_LIST);
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		binding.registerReflectionHints(hints.reflection(), CorsProperties.Mapping.class);
		if (ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.annotation.Endpoint", classLoader)) {
			binding.registerReflectionHints(hints.reflection(), CorsEndpoint.CorsDescriptor.class,
					CorsEndpoint.MappingDescriptor.class, CorsEndpoint.RefusedUpdateDescriptor.class,
					CorsEndpoint.DynamicOriginsDescriptor.class, CorsEndpoint.SnapshotDescriptor.class,
					CorsEndpoint.LookupDescriptor.class);
		}
	}

}
