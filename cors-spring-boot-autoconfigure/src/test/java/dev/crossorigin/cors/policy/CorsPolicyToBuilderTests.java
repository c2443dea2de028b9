package dev.crossorigin.cors.policy;

import java.time.Duration;

import dev.crossorigin.cors.policy.CorsDecision.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsPolicy#toBuilder()}: a builder holding a policy's effective
 * mappings, which builds an equal policy and takes changes as any builder does.
 */
class CorsPolicyToBuilderTests {

	private static final String APP = "https://app.example.com";

	private static final String ADMIN = "https://admin.example.com";

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "POST")
		.allowCredentials(true)
		.maxAge(Duration.ofMinutes(10))
		.mapping((mapping) -> mapping.paths("/public/**").allowedOrigins("*").allowCredentials(false))
		.mapping((mapping) -> mapping.paths("/admin/**").allowedMethods("GET", "DELETE"))
		.mapping((mapping) -> mapping.paths("/internal/**").enabled(false))
		.build();

	@Test
	void builtUnchangedItGivesTheSameMappings() {
		assertThat(this.policy.toBuilder().build().mappings()).isEqualTo(this.policy.mappings());
	}

	@Test
	void builtUnchangedFromEverySettingItDecidesEveryRequestTheSame() {
		CorsPolicy policy = CorsPolicy.builder()
			.paths("/api/**", "/files/*.txt")
			.allowedOrigins("https://app.example.com")
			.allowedOriginPatterns("https://*.preview.example.com")
			.allowedMethods("GET", "PUT")
			.allowedHeaders("Content-Type")
			.exposedHeaders("X-Request-Id")
			.allowCredentials(true)
			.allowPrivateNetwork(true)
			.maxAge(Duration.ofMinutes(7))
			.mapping((m) -> m.paths("/api/public/**").allowedOrigins("*").allowCredentials(false))
			.mapping((m) -> m.paths("/api/internal/**").enabled(false))
			.build();
		CorsPolicy rebuilt = policy.toBuilder().build();
		assertThat(rebuilt.mappings()).isEqualTo(policy.mappings());
		for (CorsRequest request : new CorsRequest[] {
				CorsRequest.preflight("/api/x", "https://a.preview.example.com", "PUT", "content-type"),
				CorsRequest.actual("GET", "/api/public/x", "https://anyone.example"),
				CorsRequest.actual("GET", "/api/internal/x", "https://app.example.com"),
				CorsRequest.actual("GET", "/other", "https://app.example.com") }) {
			assertThat(rebuilt.evaluate(request)).as("%s", request).isEqualTo(policy.evaluate(request));
		}
	}

	@Test
	void builtUnchangedItGivesTheSameWarnings() {
		CorsPolicy risky = CorsPolicy.builder()
			.allowedOrigins("http://app.example.com")
			.allowCredentials(true)
			.maxAge(Duration.ofHours(3))
			.mapping((mapping) -> mapping.paths("/a/**").allowedMethods("PUT"))
			.build();
		assertThat(risky.toBuilder().build().warnings()).isEqualTo(risky.warnings()).hasSize(2);
	}

	@Test
	void topLevelChangeReachesTheMappingsThatInheritedTheSetting() {
		CorsPolicy changed = this.policy.toBuilder().addAllowedOrigins(ADMIN).build();
		assertThat(changed.mappingFor("/admin/users").allowedOrigins()).containsExactly(APP, ADMIN);
		assertThat(changed.evaluate(CorsRequest.actual("GET", "/admin/users", ADMIN)).decision().type())
			.isEqualTo(Type.ACTUAL_ALLOWED);
	}

	@Test
	void mappingKeepsTheSettingsItSetItselfWhenTheTopLevelChanges() {
		CorsPolicy changed = this.policy.toBuilder().addAllowedOrigins(ADMIN).allowedMethods("GET").build();
		assertThat(changed.mappingFor("/public/logo.png").allowedOrigins()).containsExactly("*");
		assertThat(changed.mappingFor("/admin/users").allowedMethods()).containsExactly("GET", "DELETE");
		assertThat(changed.mappingFor("/other").allowedMethods()).containsExactly("GET");
	}

	@Test
	void disabledMappingStaysDisabled() {
		CorsPolicy copy = this.policy.toBuilder().build();
		assertThat(copy.mappingFor("/internal/metrics")).isNull();
		assertThat(copy.evaluate(CorsRequest.actual("GET", "/internal/metrics", APP)).decision())
			.isSameAs(CorsDecision.NOT_COVERED);
	}

	@Test
	void mappingCanBeMovedBeforeTheCopiedOnes() {
		CorsPolicyBuilder builder = this.policy.toBuilder()
			.mapping((mapping) -> mapping.paths("/admin/audit/**").enabled(false));
		builder.mappings().add(0, builder.mappings().remove(builder.mappings().size() - 1));
		CorsPolicy changed = builder.build();
		assertThat(changed.mappingFor("/admin/audit/log")).isNull();
		assertThat(changed.mappingFor("/admin/users")).isNotNull();
	}

	@Test
	void changingTheBuilderLeavesThePolicyAlone() {
		this.policy.toBuilder().allowedOrigins(ADMIN).mapping((mapping) -> mapping.paths("/x/**")).build();
		assertThat(this.policy.mappings()).hasSize(4);
		assertThat(this.policy.mappingFor("/other").allowedOrigins()).containsExactly(APP);
	}

}
