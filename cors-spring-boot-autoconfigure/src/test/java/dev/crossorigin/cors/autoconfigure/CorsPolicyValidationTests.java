package dev.crossorigin.cors.autoconfigure;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every validation rule of {@code docs/validation.md}: a context started with the bad
 * setting fails, and the failure analysis names the property, the value and the problem.
 * Risky but legal settings start with a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyValidationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class));

	static Stream<Arguments> rules() {
		return Stream.of(
				arguments(new String[] { "cors.allowed-origins=*", "cors.allow-credentials=true" },
						"cors.allowed-origins '*' allows every origin while allow-credentials is true"),
				arguments(
						new String[] { "cors.allowed-origins=*", "cors.mappings[0].paths=/a/**",
								"cors.mappings[0].allow-credentials=true" },
						"cors.mappings[0].allowed-origins '*' allows every origin while allow-credentials is true"),
				arguments(new String[] { "cors.exposed-headers=*", "cors.allow-credentials=true" },
						"cors.exposed-headers '*' is not a wildcard for credentialed requests"),
				arguments(new String[] { "cors.allowed-origins=https://example.com/path" },
						"cors.allowed-origins[0] 'https://example.com/path' has a path"),
				arguments(new String[] { "cors.allowed-origins=https://example.com?q=1" },
						"cors.allowed-origins[0] 'https://example.com?q=1' has a query"),
				arguments(new String[] { "cors.allowed-origins=https://example.com#top" },
						"cors.allowed-origins[0] 'https://example.com#top' has a fragment"),
				arguments(new String[] { "cors.allowed-origins=https://example.com/" },
						"cors.allowed-origins[0] 'https://example.com/' ends with a slash"),
				arguments(new String[] { "cors.allowed-origins=https://user@example.com" },
						"cors.allowed-origins[0] 'https://user@example.com' has user information"),
				arguments(new String[] { "cors.allowed-origins=example.com" },
						"cors.allowed-origins[0] 'example.com' has no scheme"),
				arguments(new String[] { "cors.allowed-origins=ftp://example.com" },
						"cors.allowed-origins[0] 'ftp://example.com' has the scheme 'ftp'"),
				arguments(new String[] { "cors.allowed-origins=https://Example.com" },
						"cors.allowed-origins[0] 'https://Example.com' has uppercase letters"),
				arguments(new String[] { "cors.allowed-origins=https://example.com:443" },
						"cors.allowed-origins[0] 'https://example.com:443' names the default port"),
				arguments(new String[] { "cors.allowed-origins=http://example.com:80" },
						"cors.allowed-origins[0] 'http://example.com:80' names the default port"),
				arguments(new String[] { "cors.allowed-origins=null" },
						"cors.allowed-origins[0] 'null' is the opaque 'null' origin"),
				arguments(new String[] { "cors.allowed-origins=https://*.example.com" },
						"cors.allowed-origins[0] 'https://*.example.com' contains a wildcard"),
				arguments(new String[] { "cors.allowed-origin-patterns=*" },
						"cors.allowed-origin-patterns[0] '*' matches every origin"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://*" },
						"cors.allowed-origin-patterns[0] 'https://*' matches every host of the scheme"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://*.com" },
						"cors.allowed-origin-patterns[0] 'https://*.com' is too broad"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://*.co.uk" },
						"cors.allowed-origin-patterns[0] 'https://*.co.uk' is too broad: 'co.uk' is a public suffix (Public Suffix List, ICANN section"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://*.github.io" },
						"cors.allowed-origin-patterns[0] 'https://*.github.io' is too broad: 'github.io' is a public suffix (Public Suffix List, private section"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://a*.example.com" },
						"cors.allowed-origin-patterns[0] 'https://a*.example.com' has a wildcard that is not the whole leading label"),
				arguments(new String[] { "cors.allowed-origin-patterns=https://*.*.example.com" },
						"cors.allowed-origin-patterns[0] 'https://*.*.example.com' has a wildcard that is not the whole leading label"),
				arguments(new String[] { "cors.allowed-origin-patterns=*://example.com" },
						"cors.allowed-origin-patterns[0] '*://example.com' has a wildcard in the scheme"),
				arguments(new String[] { "cors.allowed-origin-patterns=http://localhost:*" },
						"cors.allowed-origin-patterns[0] 'http://localhost:*' uses ':*' for the port"),
				arguments(new String[] { "cors.allowed-methods=GET,GE T" },
						"cors.allowed-methods[1] 'GE T' is not a valid method token"),
				arguments(new String[] { "cors.allowed-methods=TRACE" },
						"cors.allowed-methods[0] 'TRACE' is a method browsers forbid"),
				arguments(new String[] { "cors.allowed-methods=CONNECT" },
						"cors.allowed-methods[0] 'CONNECT' is a method browsers forbid"),
				arguments(new String[] { "cors.allowed-methods=TRACK" },
						"cors.allowed-methods[0] 'TRACK' is a method browsers forbid"),
				arguments(new String[] { "cors.allowed-methods=get" },
						"cors.allowed-methods[0] 'get' is not uppercase"),
				arguments(new String[] { "cors.allowed-methods=GET,POST,GET" },
						"cors.allowed-methods[2] 'GET' is listed twice"),
				arguments(new String[] { "cors.allowed-origins=https://a.example.com,https://a.example.com" },
						"cors.allowed-origins[1] 'https://a.example.com' is listed twice"),
				arguments(new String[] { "cors.allowed-headers=X-A,x-a" },
						"cors.allowed-headers[1] 'x-a' is listed twice"),
				arguments(new String[] { "cors.allowed-headers=X(A)" },
						"cors.allowed-headers[0] 'X(A)' is not a valid header name"),
				arguments(new String[] { "cors.exposed-headers=X A" },
						"cors.exposed-headers[0] 'X A' is not a valid header name"),
				arguments(new String[] { "cors.max-age=-1s" }, "cors.max-age 'PT-1S' is negative"),
				arguments(new String[] { "cors.max-age=1500ms" },
						"cors.max-age 'PT1.5S' is not a whole number of seconds"),
				arguments(new String[] { "cors.mappings[0].allowed-origins=https://a.example.com" },
						"cors.mappings[0].paths is missing"),
				arguments(new String[] { "cors.mappings[0].paths=/api/**", "cors.mappings[1].paths=/api/v1/**" },
						"cors.mappings[1].paths '/api/v1/**' can never match: mappings[0] comes first"),
				arguments(new String[] { "cors.paths=api/**" }, "cors.paths[0] 'api/**' does not start with '/'"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("rules")
	void badSettingStopsStartupWithItsPropertyAndProblem(String[] properties, String expected) {
		this.runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new CorsPolicyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(expected);
			assertThat(analysis.getAction()).isNotBlank();
		});
	}

	@Test
	void plainHttpOriginWithCredentialsStartsWithAWarning(CapturedOutput output) {
		this.runner.withPropertyValues("cors.allowed-origins=http://app.example.com", "cors.allow-credentials=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("WARN")
			.contains("cors.allowed-origins 'http://app.example.com' is plain http with allow-credentials true");
	}

	@Test
	void loopbackHttpOriginWithCredentialsIsNotWarnedAbout(CapturedOutput output) {
		this.runner.withPropertyValues("cors.allowed-origins=http://localhost:3000", "cors.allow-credentials=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("plain http");
	}

	@Test
	void maxAgeAboveWhatBrowsersHonourStartsWithAWarning(CapturedOutput output) {
		this.runner.withPropertyValues("cors.max-age=1d").run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("cors.max-age 'PT24H' is longer than browsers honour");
	}

	@Test
	void debugModeStartsWithAWarning(CapturedOutput output) {
		this.runner.withPropertyValues("cors.debug=true").run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("cors.debug is true");
	}

	@Test
	void safePolicyStartsWithoutWarnings(CapturedOutput output) {
		this.runner
			// Without the build machine's environment: any CORS_* variable there is an
			// unknown cors.* key, rightly reported in a WARN line of its own.
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
			.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true",
					"cors.max-age=1h")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("CORS policy:").doesNotContain("WARN");
	}

}
