package dev.crossorigin.cors.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * Reflection the starter needs in an ahead-of-time processed or native application: the
 * failure analyzer, which Spring Boot instantiates from
 * {@code META-INF/spring.factories}, the mapping type the {@code cors.mappings} list is
 * bound to, and the records the {@code cors} endpoint serialises to JSON.
 */
class CorsRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerType(CorsPolicyFailureAnalyzer.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		binding.registerReflectionHints(hints.reflection(), CorsProperties.Mapping.class);
		if (ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.annotation.Endpoint", classLoader)) {
			binding.registerReflectionHints(hints.reflection(), CorsEndpoint.CorsDescriptor.class,
					CorsEndpoint.MappingDescriptor.class);
		}
	}

}
