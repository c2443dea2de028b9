package dev.crossorigin.cors.gateway;

import java.util.List;

import dev.crossorigin.cors.policy.CorsPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GatewayCorsMappings}.
 */
class GatewayCorsMappingsTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.paths("/api/**", "/public/**")
		.allowedOrigins("https://app.example.com")
		.mapping((mapping) -> mapping.paths("/api/legacy/admin/**").enabled(false))
		.mapping((mapping) -> mapping.paths("/api/legacy/**").enabled(false))
		.mapping((mapping) -> mapping.paths("/api/internal/**").enabled(false))
		.mapping((mapping) -> mapping.paths("/api/public/**").allowedOrigins("*"))
		.build();

	private final GatewayCorsMappings mappings = new GatewayCorsMappings(POLICY, List.of(List.of("/api/legacy/**")));

	@Test
	void pathOfTheTopLevelIsAnswered() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/public/index.html")))
			.isEqualTo(GatewayCorsMode.ANSWER);
	}

	@Test
	void pathOfAnEnabledMappingIsAnswered() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/api/public/info")))
			.isEqualTo(GatewayCorsMode.ANSWER);
	}

	@Test
	void pathOfAPassThroughMappingIsPassedThrough() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/api/legacy/orders")))
			.isEqualTo(GatewayCorsMode.PASS_THROUGH);
	}

	@Test
	void pathOfAnotherDisabledMappingIsLeftToTheGateway() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/api/internal/metrics")))
			.isEqualTo(GatewayCorsMode.NONE);
	}

	@Test
	void disabledMappingBeforeAPassThroughOneWinsItsPaths() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/api/legacy/admin/users")))
			.isEqualTo(GatewayCorsMode.NONE);
	}

	@Test
	void pathNoMappingCoversIsLeftToTheGateway() {
		assertThat(this.mappings.modeFor(PathContainer.parsePath("/actuator/health"))).isEqualTo(GatewayCorsMode.NONE);
	}

	@Test
	void withoutPassThroughMappingsDisabledPathsAreLeftToTheGateway() {
		GatewayCorsMappings none = new GatewayCorsMappings(POLICY, List.of());
		assertThat(none.modeFor(PathContainer.parsePath("/api/legacy/orders"))).isEqualTo(GatewayCorsMode.NONE);
		assertThat(none.modeFor(PathContainer.parsePath("/api/orders"))).isEqualTo(GatewayCorsMode.ANSWER);
	}

}
