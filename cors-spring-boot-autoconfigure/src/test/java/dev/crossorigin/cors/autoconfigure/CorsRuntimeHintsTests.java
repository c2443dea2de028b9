package dev.crossorigin.cors.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.ExecutableHint;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsRuntimeHints}, written against the hint model itself so that they
 * hold on Spring Framework 6.2 and 7 alike.
 */
class CorsRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	CorsRuntimeHintsTests() {
		new CorsRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void failureAnalyzerCanBeInstantiatedReflectively() {
		assertThat(typeHint(CorsPolicyFailureAnalyzer.class).getMemberCategories())
			.contains(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
	}

	@Test
	void mappingPropertiesCanBeBound() {
		assertThat(typeHint(CorsProperties.Mapping.class).methods().map(ExecutableHint::getName)).contains("setPaths",
				"getAllowedOrigins", "setMaxAge");
	}

	@Test
	void endpointRecordsCanBeSerialised() {
		assertThat(typeHint(CorsEndpoint.MappingDescriptor.class).methods().map(ExecutableHint::getName))
			.contains("allowedOrigins", "maxAgeSeconds");
		assertThat(typeHint(CorsEndpoint.CorsDescriptor.class).methods().map(ExecutableHint::getName))
			.contains("mappings", "stack", "filterOrder");
	}

	@Test
	void publicSuffixListIsIncludedAsAResource() {
		assertThat(RuntimeHintsPredicates.resource().forResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST))
			.accepts(this.hints);
		assertThat(getClass().getClassLoader().getResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST)).isNotNull();
	}

	private TypeHint typeHint(Class<?> type) {
		TypeHint hint = this.hints.reflection().getTypeHint(type);
		assertThat(hint).as("hint for %s", type.getName()).isNotNull();
		return hint;
	}

}
