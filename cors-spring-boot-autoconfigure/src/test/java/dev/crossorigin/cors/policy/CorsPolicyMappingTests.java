package dev.crossorigin.cors.policy;

import java.time.Duration;

import dev.crossorigin.cors.policy.CorsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the mappings and paths of {@link CorsPolicy}: first match wins, inheritance
 * from the top level, disabled mappings, and the top level's own {@code paths}.
 */
class CorsPolicyMappingTests {

	private static final String APP = "https://app.example.com";

	private static final String ADMIN = "https://admin.example.com";

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT")
		.allowedHeaders("Content-Type")
		.exposedHeaders("X-Request-Id")
		.allowCredentials(true)
		.maxAge(Duration.ofHours(1))
		.mapping((m) -> m.paths("/api/public/**").allowedOrigins("*").allowCredentials(false))
		.mapping((m) -> m.paths("/api/admin/**").allowedOrigins(ADMIN))
		.mapping((m) -> m.paths("/api/**").allowedMethods("GET"))
		.mapping((m) -> m.paths("/internal/**", "/actuator/**").enabled(false))
		.build();

	@Test
	void firstMatchingMappingWins() {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/api/public/news", "https://anyone.example"));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", "*");
	}

	@Test
	void laterMappingIsNotConsultedOnceAnEarlierOneMatched() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/admin/users", ADMIN, "PUT", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(POLICY.mappingFor("/api/admin/users").paths()).containsExactly("/api/admin/**");
	}

	@Test
	void laterMappingAppliesWhereEarlierOnesDoNotMatch() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/orders", APP, "PUT", null));
		assertThat(result.decision().reason()).isEqualTo(CorsDecision.Reason.METHOD);
	}

	@Test
	void mappingInheritsUnsetSettingsFromTheTopLevel() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/admin/users", ADMIN, "PUT", "content-type"));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Credentials", "true")
			.containsEntry("Access-Control-Allow-Methods", "GET, PUT")
			.containsEntry("Access-Control-Allow-Headers", "content-type")
			.containsEntry("Access-Control-Max-Age", "3600");
	}

	@Test
	void mappingInheritsExposedHeadersFromTheTopLevel() {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/api/admin/users", ADMIN));
		assertThat(result.headers()).containsEntry("Access-Control-Expose-Headers", "X-Request-Id");
	}

	@Test
	void mappingInheritsHeaderRestrictionsFromTheTopLevel() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/admin/users", ADMIN, "GET", "X-Other"));
		assertThat(result.decision().reason()).isEqualTo(CorsDecision.Reason.HEADERS);
	}

	@Test
	void mappingOriginsReplaceTheTopLevelOrigins() {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/api/admin/users", APP));
		assertThat(result.decision().reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
	}

	@Test
	void mappingOverridingCredentialsLeavesOtherSettingsInherited() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/api/public/news", APP, "PUT", null));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Origin", "*")
			.doesNotContainKey("Access-Control-Allow-Credentials")
			.containsEntry("Access-Control-Allow-Methods", "GET, PUT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/internal/metrics", "/actuator/health", "/internal" })
	void disabledMappingLeavesPreflightsNotCoveredWithoutHeaders(String path) {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight(path, APP, "GET", null));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void disabledMappingLeavesActualRequestsNotCoveredWithoutHeaders() {
		CorsResult result = POLICY.evaluate(CorsRequest.actual("GET", "/internal/metrics", APP));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void disabledMappingLeavesRequestsWithoutOriginNotCoveredWithoutVary() {
		CorsResult result = POLICY.evaluate(CorsRequest.of("GET", "/internal/metrics"));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void notCoveredDecisionIsNotAPreflight() {
		assertThat(CorsDecision.NOT_COVERED.isPreflight()).isFalse();
		assertThatIllegalStateException().isThrownBy(CorsDecision.NOT_COVERED::preflightStatus);
	}

	@Test
	void disabledMappingHasNoMappingFor() {
		assertThat(POLICY.mappingFor("/internal/metrics")).isNull();
	}

	@Test
	void pathOutsideEveryMappingFallsBackToTheTopLevel() {
		CorsResult result = POLICY.evaluate(CorsRequest.preflight("/orders", APP, "PUT", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Methods", "GET, PUT");
	}

	@Test
	void prefixMappingCoversItsBarePath() {
		assertThat(POLICY.mappingFor("/api/public").paths()).containsExactly("/api/public/**");
	}

	@Test
	void prefixMappingDoesNotCoverPathsThatMerelyStartWithItsPrefix() {
		assertThat(POLICY.mappingFor("/api/publicity").paths()).containsExactly("/api/**");
	}

	@Test
	void mappingsListsTheTopLevelLast() {
		assertThat(POLICY.mappings()).hasSize(5);
		assertThat(POLICY.mappings().get(4).paths()).containsExactly("/**");
	}

	@Test
	void topLevelPathsRestrictCoverage() {
		CorsPolicy policy = CorsPolicy.builder().paths("/api/**").allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/static/app.js", APP, "GET", null));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void topLevelPathsLeaveRequestsWithoutOriginElsewhereUntouched() {
		CorsPolicy policy = CorsPolicy.builder().paths("/api/**").allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.of("GET", "/static/app.js"));
		assertThat(result.decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(result.headers()).isEmpty();
	}

	@Test
	void topLevelPathsStillCoverTheirOwnPaths() {
		CorsPolicy policy = CorsPolicy.builder().paths("/api/**").allowedOrigins(APP).build();
		CorsResult result = policy.evaluate(CorsRequest.preflight("/api/orders", APP, "GET", null));
		assertThat(result.decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
	}

	@ParameterizedTest(name = "{0} covered: {1}")
	@CsvSource({ "/files/a.json, true", "/users/42, true", "/files/a.xml, false", "/users/42/roles, false",
			"/files/sub/a.json, false" })
	void topLevelPathsMayBeSpringPathPatterns(String path, boolean covered) {
		CorsPolicy policy = CorsPolicy.builder().paths("/files/*.json", "/users/{id}").allowedOrigins(APP).build();
		CorsDecision decision = policy.evaluate(CorsRequest.actual("GET", path, APP)).decision();
		assertThat(decision).isSameAs(covered ? CorsDecision.ACTUAL_ALLOWED : CorsDecision.NOT_COVERED);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/files/%zz.json", "/files/a%.json", "/users/%", "/users/%4/roles", "/files/%.xml" })
	void pathWithBrokenPercentEncodingIsCoveredByNoMappingAsSpringCannotRouteIt(String path) {
		CorsPolicy policy = CorsPolicy.builder().paths("/files/*.json", "/users/{id}").allowedOrigins(APP).build();
		CorsDecision decision = policy.evaluate(CorsRequest.actual("GET", path, APP)).decision();
		assertThat(decision).isSameAs(CorsDecision.NOT_COVERED);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/admin/users", "/api/%61dmin/users", "/api/admin;x=1/users", "/api;v=2/admin/users",
			"/api/%61%64%6d%69%6e/users", "/api/admin/users;jsessionid=1", "/api/adm%69n;a=b;c=d/users" })
	void mappingIsChosenOnThePathSpringRoutesOnHoweverTheClientSpelledIt(String path) {
		CorsResult fromApp = POLICY.evaluate(CorsRequest.actual("GET", path, APP));
		assertThat(fromApp.decision()).as("the top level's origin on %s", path)
			.isEqualTo(CorsDecision.actualRejected(CorsDecision.Reason.ORIGIN));
		assertThat(fromApp.headers()).doesNotContainKey("Access-Control-Allow-Origin");
		assertThat(POLICY.evaluate(CorsRequest.actual("GET", path, ADMIN)).headers())
			.containsEntry("Access-Control-Allow-Origin", ADMIN);
		assertThat(POLICY.mappingFor(path).paths()).containsExactly("/api/admin/**");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/internal/x", "/%69nternal/x", "/internal;p=1/x", "/int%65rnal;x/y" })
	void disabledMappingCannotBeSkippedByAnotherSpelling(String path) {
		assertThat(POLICY.evaluate(CorsRequest.actual("GET", path, APP)).decision()).isSameAs(CorsDecision.NOT_COVERED);
		assertThat(POLICY.evaluate(CorsRequest.preflight(path, APP, "GET", null)).decision())
			.isSameAs(CorsDecision.NOT_COVERED);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api%2Fadmin/users", "/API/admin/users", "//api/admin/users" })
	void pathSpringRoutesElsewhereIsNotUnderTheMapping(String path) {
		// Spring matches segments case-sensitively, never splits a segment at an encoded
		// slash, and keeps an empty leading segment: none of these reaches /api/admin/**.
		assertThat(POLICY.mappingFor(path).paths()).containsExactly("/**");
	}

	@Test
	void mappingAppliesOutsideTheTopLevelPaths() {
		CorsPolicy policy = CorsPolicy.builder()
			.paths("/api/**")
			.allowedOrigins(APP)
			.mapping((m) -> m.paths("/public/**").allowedOrigins("*"))
			.build();
		CorsResult result = policy.evaluate(CorsRequest.actual("GET", "/public/logo.png", ADMIN));
		assertThat(result.decision()).isSameAs(CorsDecision.ACTUAL_ALLOWED);
	}

}
