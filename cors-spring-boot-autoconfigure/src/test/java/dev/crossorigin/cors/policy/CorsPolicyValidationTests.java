package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Tests for the validation done by {@link CorsPolicyBuilder#build()}: every problem is
 * reported, at once, with its property path and value.
 */
class CorsPolicyValidationTests {

	private static final String APP = "https://app.example.com";

	@Test
	void emptyPolicyIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().build());
	}

	@Test
	void designExamplePolicyIsValid() {
		assertThatNoException().isThrownBy(() -> DesignExample.topLevel()
			.mapping((m) -> m.paths("/public/**").allowedOrigins("*").allowCredentials(false))
			.mapping((m) -> m.paths("/internal/**").enabled(false))
			.build());
	}

	// Wildcard with credentials

	@Test
	void anyOriginWithCredentialsIsRejected() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedOrigins("*").allowCredentials(true));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origins", "*"));
	}

	@Test
	void anyOriginAmongOtherOriginsWithCredentialsIsRejected() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedOrigins(APP, "*").allowCredentials(true));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("allowed-origins");
	}

	@Test
	void anyOriginInMappingThatInheritsCredentialsIsRejected() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowCredentials(true)
			.mapping((m) -> m.paths("/public/**").allowedOrigins("*")));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[0].allowed-origins", "*"));
	}

	@Test
	void credentialsInMappingThatInheritsAnyOriginAreRejected() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedOrigins("*").mapping((m) -> m.paths("/account/**").allowCredentials(true)));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[0].allowed-origins", "*"));
	}

	@Test
	void mappingWithAnyOriginMayTurnInheritedCredentialsOff() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowCredentials(true)
			.mapping((m) -> m.paths("/public/**").allowedOrigins("*").allowCredentials(false))
			.build());
	}

	@Test
	void disabledMappingIsNotCheckedForAnyOriginWithCredentials() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.allowCredentials(true)
			.mapping((m) -> m.paths("/internal/**").allowedOrigins("*").enabled(false))
			.build());
	}

	@Test
	void exposingAnyHeaderWithCredentialsIsRejected() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedOrigins(APP).allowCredentials(true).exposedHeaders("*"));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("exposed-headers", "*"));
	}

	@Test
	void exposingAnyHeaderInMappingThatInheritsCredentialsIsRejected() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowCredentials(true)
			.mapping((m) -> m.paths("/api/**").exposedHeaders("*")));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[0].exposed-headers", "*"));
	}

	@Test
	void exposingAnyHeaderWithoutCredentialsIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().allowedOrigins("*").exposedHeaders("*").build());
	}

	// Origins

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@MethodSource("invalidOrigins")
	void invalidOriginIsReportedWithItsIndexAndValue(String origin, String diagnosis) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedOrigins(APP, origin));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origins[1]", origin));
		assertThat(problems.get(0).problem()).contains(diagnosis);
	}

	static Stream<Arguments> invalidOrigins() {
		return Stream.of(Arguments.of("https://other.example.com/path", "has a path"),
				Arguments.of("https://other.example.com/", "ends with a slash"),
				Arguments.of("other.example.com", "has no scheme"),
				Arguments.of("https://other.example.com?x=1", "has a query"),
				Arguments.of("https://other.example.com#top", "has a fragment"),
				Arguments.of("https://user:secret@other.example.com", "user information"),
				Arguments.of("https://Other.example.com", "uppercase"),
				Arguments.of("HTTPS://other.example.com", "uppercase"),
				Arguments.of("https://other.example.com:443", "default port"),
				Arguments.of("http://other.example.com:80", "default port"), Arguments.of("null", "opaque"),
				Arguments.of("", "is empty"), Arguments.of("  ", "is empty"),
				Arguments.of(" https://other.example.com", "white space"),
				Arguments.of("https://other.example.com ", "white space"),
				Arguments.of("ftp://other.example.com", "scheme 'ftp'"),
				Arguments.of("https://*.example.com", "wildcard"),
				Arguments.of("https://other.example.com:99999", "not a valid origin"),
				Arguments.of("https://other.example.com:", "not a valid origin"),
				Arguments.of("https://", "not a valid origin"),
				Arguments.of("https://other..example.com", "not a valid origin"));
	}

	@Test
	void invalidOriginInMappingCarriesTheMappingPath() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.mapping((m) -> m.paths("/a/**"))
			.mapping((m) -> m.paths("/b/**").allowedOrigins("https://app.example.com/")));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[1].allowed-origins[0]", "https://app.example.com/"));
	}

	@Test
	void duplicateOriginIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedOrigins(APP, "https://b.example", APP));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origins[2]", APP));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://[::1]:8080", "http://127.0.0.1",
			"https://a-b.c_d.example", "chrome-extension://abcdefghijklmnop", "moz-extension://0b1e7a3c",
			"https://xn--bcher-kva.example" })
	void wellFormedOriginIsValid(String origin) {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().allowedOrigins(origin).build());
	}

	// Origin patterns

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@MethodSource("invalidPatterns")
	void invalidPatternIsReportedWithItsIndexAndValue(String pattern, String diagnosis) {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedOriginPatterns("https://*.example.com", pattern));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-origin-patterns[1]", pattern));
		assertThat(problems.get(0).problem()).contains(diagnosis);
	}

	static Stream<Arguments> invalidPatterns() {
		return Stream.of(Arguments.of("https://app.*.example.org", "not the whole leading label"),
				Arguments.of("https://*app.example.org", "not the whole leading label"),
				Arguments.of("https://a*.example.org", "not the whole leading label"),
				Arguments.of("https://*.*.example.org", "not the whole leading label"),
				Arguments.of("https://**.example.org", "not the whole leading label"),
				Arguments.of("https://app.example.*", "not the whole leading label"),
				Arguments.of("*://app.example.org", "wildcard in the scheme"),
				Arguments.of("http*://app.example.org", "wildcard in the scheme"),
				Arguments.of("https://*", "every host"), Arguments.of("https://*.com", "too broad"),
				Arguments.of("https://*.localhost", "too broad"), Arguments.of("https://*.example.org:*", "':*'"),
				Arguments.of("http://localhost:*", "':*'"), Arguments.of("*", "matches every origin"),
				Arguments.of("", "is empty"), Arguments.of("*.example.org", "no scheme"),
				Arguments.of("null", "no scheme"), Arguments.of("https://*.example.org/", "path or trailing slash"),
				Arguments.of("https://*.example.org/api", "path or trailing slash"),
				Arguments.of("https://*.example.org?x", "query"), Arguments.of("https://*.example.org#x", "fragment"),
				Arguments.of("https://user@*.example.org", "user information"),
				Arguments.of("HTTPS://*.example.org", "uppercase"), Arguments.of("https://*.Example.org", "uppercase"),
				Arguments.of("https://*.example.org:443", "default port"),
				Arguments.of("http://localhost:80", "default port"),
				Arguments.of("ftp://*.example.org", "scheme 'ftp'"),
				Arguments.of("https://*.example.org:99999", "neither a port number nor [*]"),
				Arguments.of("https://*.example.org:[8080]", "not a valid host name"),
				Arguments.of("https://*.exa mple.org", "not a valid host name"),
				Arguments.of("https://*.example..org", "not a valid host name"),
				Arguments.of("https://*.[::1]", "not a valid origin pattern"));
	}

	@Test
	void invalidPatternInMappingCarriesTheMappingPath() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().mapping((m) -> m.paths("/a/**").allowedOriginPatterns("https://*.com")));
		assertThat(problems).extracting(CorsPolicyProblem::property)
			.containsExactly("mappings[0].allowed-origin-patterns[0]");
	}

	@Test
	void duplicatePatternIsReported() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedOriginPatterns("https://*.example.com", "https://*.example.com"));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("allowed-origin-patterns[1]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://*.example.com", "https://*.a.b.example.com", "http://localhost:[*]",
			"https://*.example.com:[*]", "https://*.example.com:8443", "http://[::1]:[*]", "https://app.example.com",
			"http://127.0.0.1:[*]" })
	void wellFormedPatternIsValid(String pattern) {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().allowedOriginPatterns(pattern).build());
	}

	@ParameterizedTest(name = "{0} is on the list as {1} ({2})")
	@CsvSource({ "https://*.co.uk, co.uk, ICANN section", "https://*.github.io, github.io, private section",
			"https://*.vercel.app, vercel.app, private section",
			"https://*.herokuapp.com, herokuapp.com, private section",
			"https://*.s3.amazonaws.com, s3.amazonaws.com, private section",
			"https://*.netlify.app:[*], netlify.app, private section", "http://*.pages.dev, pages.dev, private section",
			"https://*.com.au, com.au, ICANN section", "https://*.anything.ck, anything.ck, ICANN section",
			"https://*.xn--55qx5d.cn, xn--55qx5d.cn, ICANN section" })
	void patternOnAPublicSuffixIsRefusedNamingTheSuffixAndItsSection(String pattern, String suffix, String section) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedOriginPatterns(pattern));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.property()).isEqualTo("allowed-origin-patterns[0]");
			assertThat(problem.problem()).contains("'" + suffix + "' is a public suffix")
				.contains("Public Suffix List, " + section);
			assertThat(problem.action()).contains("*.my-site." + suffix);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://*.my-app.github.io", "https://*.notgithub.io", "https://my-app.github.io",
			"https://*.example.co.uk", "https://*.www.ck", "https://github.io", "https://*.example.xn--55qx5d.cn" })
	void patternUnderADomainSomeoneOwnsIsValid(String pattern) {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().allowedOriginPatterns(pattern).build());
	}

	@Test
	void patternOnAPublicSuffixInMappingCarriesTheMappingPath() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().mapping((m) -> m.paths("/a/**").allowedOriginPatterns("https://*.github.io")));
		assertThat(problems).extracting(CorsPolicyProblem::property)
			.containsExactly("mappings[0].allowed-origin-patterns[0]");
	}

	// Methods

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "GE T", "", "GET,POST", "(GET)", "GET ", "GÉT" })
	void invalidMethodTokenIsReported(String method) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedMethods("PATCH", method));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-methods[1]", method));
		assertThat(problems.get(0).problem()).contains("not a valid method token");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CONNECT", "TRACE", "TRACK", "connect", "Trace" })
	void methodBrowsersForbidIsReported(String method) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedMethods("PATCH", method));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-methods[1]", method));
		assertThat(problems.get(0).problem()).contains("forbid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "get", "head", "post", "put", "delete", "options", "Get", "dElEtE" })
	void methodBrowsersUppercaseWrittenInAnotherCaseIsReported(String method) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedMethods("PATCH", method));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-methods[1]", method));
		assertThat(problems.get(0).problem()).contains("not uppercase");
	}

	@ParameterizedTest
	@ValueSource(strings = { "patch", "Patch", "PROPFIND", "purge" })
	void methodBrowsersSendAsWrittenIsValidInAnyCase(String method) {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().allowedMethods(method).build());
	}

	@Test
	void duplicateMethodIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedMethods("GET", "POST", "GET"));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-methods[2]", "GET"));
	}

	// Header names

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "X Foo", "", "X-Foo:", "X-Föo", "X-Foo,X-Bar", "(X)" })
	void invalidAllowedHeaderNameIsReported(String name) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedHeaders("Content-Type", name));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-headers[1]", name));
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "X Foo", "", "X-Foo:", "X-Föo", "X-Foo,X-Bar", "(X)" })
	void invalidExposedHeaderNameIsReported(String name) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().exposedHeaders("X-Request-Id", name));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("exposed-headers[1]", name));
	}

	@Test
	void duplicateAllowedHeaderInOtherCaseIsReported() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().allowedHeaders("Content-Type", "content-type"));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("allowed-headers[1]", "content-type"));
	}

	@Test
	void duplicateExposedHeaderIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().exposedHeaders("ETag", "X-Id", "ETAG"));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("exposed-headers[2]");
	}

	// Max age

	@Test
	void negativeMaxAgeIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().maxAge(Duration.ofSeconds(-1)));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("max-age", "PT-1S"));
	}

	@Test
	void fractionalMaxAgeIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().maxAge(Duration.ofMillis(1500)));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("max-age", "PT1.5S"));
	}

	@Test
	void invalidMaxAgeInMappingCarriesTheMappingPath() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().mapping((m) -> m.paths("/a/**").maxAge(Duration.ofMinutes(-5))));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[0].max-age");
	}

	@Test
	void zeroMaxAgeIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder().maxAge(Duration.ZERO).build());
	}

	// Null and empty arguments

	@Test
	void nullElementIsReportedWithItsIndexNotAsANullPointerException() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.allowedOrigins(Arrays.asList(APP, null))
			.allowedOriginPatterns(Arrays.asList((String) null))
			.allowedMethods(Arrays.asList("GET", null))
			.allowedHeaders(Arrays.asList(null, "Content-Type"))
			.exposedHeaders(Arrays.asList((String) null))
			.paths(Arrays.asList("/api/**", null))
			.mapping((m) -> m.paths(Arrays.asList(null, "/public/**")).allowedOrigins(Arrays.asList((String) null))));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::problem)
			.containsExactly(tuple("allowed-origins[1]", "is null"), tuple("allowed-origin-patterns[0]", "is null"),
					tuple("allowed-methods[1]", "is null"), tuple("allowed-headers[0]", "is null"),
					tuple("exposed-headers[0]", "is null"), tuple("paths[1]", "is null"),
					tuple("mappings[0].allowed-origins[0]", "is null"), tuple("mappings[0].paths[0]", "is null"));
	}

	@Test
	void nullListIsReportedNotAsANullPointerException() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.allowedOrigins((List<String>) null)
			.allowedMethods((String[]) null)
			.addAllowedOriginPatterns((String[]) null)
			.mapping((m) -> m.paths("/a/**").exposedHeaders((List<String>) null)));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::problem)
			.containsExactly(tuple("allowed-origins", "is null"), tuple("allowed-origin-patterns", "is null"),
					tuple("allowed-methods", "is null"), tuple("mappings[0].exposed-headers", "is null"));
	}

	@Test
	void nullMappingAddedByACustomizerIsReported() {
		CorsPolicyBuilder builder = CorsPolicy.builder().mapping((m) -> m.paths("/a/**"));
		builder.mappings().add(null);
		assertThat(problems(builder)).extracting(CorsPolicyProblem::property).containsExactly("mappings[1]");
	}

	@Test
	void emptyTopLevelPathsAreReportedRatherThanSilentlyDisablingTheTopLevel() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().allowedOrigins(APP).paths(List.of()));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.property()).isEqualTo("paths");
			assertThat(problem.problem()).isEqualTo("is empty, so the top-level policy applies nowhere");
			assertThat(problem.action()).contains("cors.enabled");
		});
	}

	// Paths and mappings

	@Test
	void mappingWithoutPathsIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().mapping((m) -> m.allowedOrigins(APP)));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[0].paths", null));
	}

	@Test
	void mappingWithEmptyPathsIsReported() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().mapping((m) -> m.paths()));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[0].paths");
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "api/**", "", " ", "/api/{" })
	void invalidTopLevelPathIsReported(String path) {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().paths("/ok/**", path));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("paths[1]", path));
	}

	@Test
	void invalidMappingPathCarriesTheMappingPath() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder().mapping((m) -> m.paths("api/**")));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[0].paths[0]");
	}

	@Test
	void mappingCoveredByAnEarlierPrefixMappingIsUnreachable() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.mapping((m) -> m.paths("/api/**").allowedOrigins(APP))
			.mapping((m) -> m.paths("/api/admin/**").allowedOrigins("https://admin.example.com")));
		assertThat(problems).extracting(CorsPolicyProblem::property, CorsPolicyProblem::value)
			.containsExactly(tuple("mappings[1].paths", "/api/admin/**"));
		assertThat(problems.get(0).problem()).contains("mappings[0]");
	}

	@Test
	void mappingCoveredByAnEarlierCatchAllMappingIsUnreachable() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().mapping((m) -> m.paths("/**")).mapping((m) -> m.paths("/files/*.txt")));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[1].paths");
	}

	@Test
	void mappingWithTheSamePathsAsAnEarlierOneIsUnreachable() {
		List<CorsPolicyProblem> problems = problems(
				CorsPolicy.builder().mapping((m) -> m.paths("/a", "/b")).mapping((m) -> m.paths("/b", "/a")));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[1].paths");
	}

	@Test
	void mappingCoveredByAnEarlierDisabledMappingIsUnreachable() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.mapping((m) -> m.paths("/internal/**").enabled(false))
			.mapping((m) -> m.paths("/internal/health").allowedOrigins("*")));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[1].paths");
	}

	@Test
	void mappingCoveredByTwoEarlierMappingsTogetherIsUnreachable() {
		List<CorsPolicyProblem> problems = problems(CorsPolicy.builder()
			.mapping((m) -> m.paths("/a/**"))
			.mapping((m) -> m.paths("/b/**"))
			.mapping((m) -> m.paths("/a/x", "/b/y")));
		assertThat(problems).extracting(CorsPolicyProblem::property).containsExactly("mappings[2].paths");
		assertThat(problems.get(0).problem()).contains("mappings[0], mappings[1]");
	}

	@Test
	void mappingPartlyCoveredByAnEarlierOneIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.mapping((m) -> m.paths("/api/**"))
			.mapping((m) -> m.paths("/api/admin/**", "/admin/**"))
			.build());
	}

	@Test
	void narrowerMappingBeforeABroaderOneIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.mapping((m) -> m.paths("/api/admin/**"))
			.mapping((m) -> m.paths("/api/**"))
			.build());
	}

	@Test
	void mappingWhosePrefixMerelyStartsLikeAnEarlierOneIsValid() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.mapping((m) -> m.paths("/api/**"))
			.mapping((m) -> m.paths("/apiv2/**"))
			.build());
	}

	// Every problem at once

	@Test
	void everyProblemIsReportedAtOnceInPropertyOrder() {
		CorsPolicyBuilder builder = CorsPolicy.builder()
			.paths("api")
			.allowedOrigins("https://a.example/", "null", "*")
			.allowedOriginPatterns("https://*.com")
			.allowedMethods("get", "CONNECT")
			.allowedHeaders("X Y")
			.exposedHeaders("A B")
			.allowCredentials(true)
			.maxAge(Duration.ofSeconds(-1))
			.mapping((m) -> m.allowedOrigins("HTTP://X.EXAMPLE"))
			.mapping((m) -> m.paths("/x/**").maxAge(Duration.ofMillis(1500)))
			.mapping((m) -> m.paths("/x/y/**"));
		assertThat(problems(builder)).extracting(CorsPolicyProblem::property)
			.containsExactly("allowed-origins[0]", "allowed-origins[1]", "allowed-origin-patterns[0]",
					"allowed-methods[0]", "allowed-methods[1]", "allowed-headers[0]", "exposed-headers[0]", "max-age",
					"paths[0]", "allowed-origins", "mappings[0].allowed-origins[0]", "mappings[0].paths",
					"mappings[1].max-age", "mappings[2].paths");
	}

	@Test
	void exceptionMessageListsEveryProblemWithPropertyAndValue() {
		CorsPolicyException ex = assertThrows(CorsPolicyException.class,
				() -> CorsPolicy.builder().allowedOrigins("https://a.example/").allowedMethods("TRACE").build());
		assertThat(ex.getMessage()).contains("allowed-origins[0] 'https://a.example/' ends with a slash")
			.contains("allowed-methods[0] 'TRACE' is a method browsers forbid");
	}

	@Test
	void everyProblemSaysHowToFixIt() {
		CorsPolicyBuilder builder = CorsPolicy.builder()
			.allowedOrigins("https://a.example/", "*")
			.allowedOriginPatterns("https://*")
			.allowedMethods("get")
			.allowedHeaders("")
			.exposedHeaders("*")
			.allowCredentials(true)
			.maxAge(Duration.ofSeconds(-1))
			.mapping((m) -> m.enabled(true));
		assertThat(problems(builder)).hasSizeGreaterThanOrEqualTo(8)
			.allSatisfy((problem) -> assertThat(problem.action()).isNotBlank());
	}

	@Test
	void problemDescriptionIsPrefixedWithTheConfigurationPrefix() {
		CorsPolicyProblem problem = problems(CorsPolicy.builder().allowedOrigins("null")).get(0);
		assertThat(problem.describe("cors")).startsWith("cors.allowed-origins[0] 'null' is the opaque 'null' origin");
	}

	private static List<CorsPolicyProblem> problems(CorsPolicyBuilder builder) {
		return assertThrows(CorsPolicyException.class, builder::build).problems();
	}

}
