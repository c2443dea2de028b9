package dev.crossorigin.cors.policy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link CorsPolicy#warnings()}: settings that are legal but risky are built,
 * and reported with their property path.
 */
class CorsPolicyWarningTests {

	@Test
	void safePolicyHasNoWarnings() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com")
			.allowedOriginPatterns("https://*.preview.example.com")
			.allowCredentials(true)
			.maxAge(Duration.ofHours(2))
			.build();
		assertThat(policy.warnings()).isEmpty();
	}

	@Test
	void plainHttpOriginWithCredentialsIsWarned() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com", "http://legacy.example.com")
			.allowCredentials(true)
			.build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origins", "http://legacy.example.com"));
	}

	@Test
	void plainHttpOriginWithoutCredentialsIsNotWarned() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("http://legacy.example.com").build();
		assertThat(policy.warnings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost", "http://localhost:3000", "http://127.0.0.1", "http://127.0.0.1:8080",
			"http://127.1.2.3:8080", "http://[::1]", "http://[::1]:8080" })
	void plainHttpLoopbackOriginWithCredentialsIsNotWarned(String origin) {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(origin).allowCredentials(true).build();
		assertThat(policy.warnings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost.evil.com", "http://localhostevil.com", "http://localhost-evil.com:8080",
			"http://127.evil.com", "http://127.0.0.1.nip.io", "http://127-0-0-1.example.com" })
	void plainHttpOriginThatOnlyLooksLikeLoopbackWithCredentialsIsWarned(String origin) {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(origin).allowCredentials(true).build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origins", origin));
	}

	@Test
	void plainHttpOriginInheritedByMappingThatTurnsCredentialsOnIsWarnedForTheMapping() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("http://legacy.example.com")
			.mapping((m) -> m.paths("/account/**").allowCredentials(true))
			.build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[0].allowed-origins", "http://legacy.example.com"));
	}

	@Test
	void mappingThatInheritsEverythingDoesNotRepeatTheTopLevelWarning() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("http://legacy.example.com")
			.allowCredentials(true)
			.mapping((m) -> m.paths("/api/**").allowedMethods("GET", "PUT"))
			.build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property).containsExactly("allowed-origins");
	}

	@Test
	void maxAgeOverTwoHoursIsWarned() {
		CorsPolicy policy = CorsPolicy.builder().maxAge(Duration.ofHours(3)).build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("max-age", "PT3H"));
	}

	@Test
	void maxAgeOverTwoHoursInMappingIsWarnedForTheMapping() {
		CorsPolicy policy = CorsPolicy.builder().mapping((m) -> m.paths("/a/**").maxAge(Duration.ofDays(1))).build();
		assertThat(policy.warnings()).extracting(CorsPolicyProblem::property).containsExactly("mappings[0].max-age");
	}

	@Test
	void everyWarningSaysHowToFixIt() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("http://legacy.example.com")
			.allowCredentials(true)
			.maxAge(Duration.ofHours(3))
			.build();
		assertThat(policy.warnings()).hasSize(2).allSatisfy((warning) -> assertThat(warning.action()).isNotBlank());
	}

}
