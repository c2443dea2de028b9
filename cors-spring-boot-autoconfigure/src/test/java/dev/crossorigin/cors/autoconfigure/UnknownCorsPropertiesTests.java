package dev.crossorigin.cors.autoconfigure;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsPolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Misspelled {@code cors.*} keys: from a configuration file they stop start-up with the
 * key, where it was set and the closest real property; from environment variables or
 * system properties they are a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownCorsPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class));

	@Test
	void misspelledTopLevelKeyFailsStartupSuggestingTheRealOne() {
		this.runner.withPropertyValues("cors.allowed-origin=https://app.example.com").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analysis(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("cors.allowed-origin 'https://app.example.com' is not a CORS property");
			assertThat(analysis.getAction()).contains("cors.allowed-origin: Did you mean cors.allowed-origins?");
		});
	}

	@Test
	void everyMisspelledKeyIsReportedAtOnce() {
		this.runner
			.withPropertyValues("cors.alowed-headers=Content-Type", "cors.max-ages=1h", "cors.mappings[0].paths=/a/**",
					"cors.mappings[0].allowed-method=GET")
			.run((context) -> {
				CorsPolicyException failure = cause(context.getStartupFailure());
				assertThat(failure.problems()).extracting((problem) -> problem.property() + " -> " + problem.action())
					.containsExactlyInAnyOrder("alowed-headers -> Did you mean cors.allowed-headers?",
							"max-ages -> Did you mean cors.max-age?",
							"mappings[0].allowed-method -> Did you mean cors.mappings[0].allowed-methods?");
			});
	}

	@Test
	void keyFarFromEveryPropertyIsReportedWithoutASuggestion() {
		this.runner.withPropertyValues("cors.something-else=1").run((context) -> {
			CorsPolicyException failure = cause(context.getStartupFailure());
			assertThat(failure.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.action()).startsWith("Remove it"));
		});
	}

	@Test
	void misspelledKeyInAYamlFileIsReportedWithTheFileAndLine() {
		this.runner.withInitializer(yaml("misspelled-cors.yml")).run((context) -> {
			FailureAnalysis analysis = analysis(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(
					"cors.allowed-origin 'https://app.example.com' is not a CORS property (set in class path resource [misspelled-cors.yml] - 2:19)")
				.contains("cors.mappings[0].alowed-headers '*' is not a CORS property")
				.contains("misspelled-cors.yml] - 5:23");
			assertThat(analysis.getAction()).contains("Did you mean cors.allowed-origins?")
				.contains("Did you mean cors.mappings[0].allowed-headers?");
		});
	}

	@Test
	void unknownKeyFromAnEnvironmentVariableIsOnlyAWarning(CapturedOutput output) {
		this.runner
			.withInitializer(source(
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CORS_ALOWEDORIGINS", "https://app.example.com", "CORS_PROXY_URL", "http://proxy"))))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(CorsPolicy.class);
				assertThat(output)
					.containsPattern("WARN .*CORS: cors.alowedorigins \\(.*CORS_ALOWEDORIGINS.*\\) is not a CORS "
							+ "property and is ignored; did you mean cors.allowed-origins\\?")
					.containsPattern("WARN .*CORS: cors.proxy.url \\(.*CORS_PROXY_URL.*\\) is not a CORS property "
							+ "and is ignored\\R");
			});
	}

	@Test
	void unknownKeyFromASystemPropertyIsOnlyAWarning(CapturedOutput output) {
		this.runner.withSystemProperties("cors.allowed-origin=https://app.example.com").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).contains("CORS: cors.allowed-origin").contains("did you mean cors.allowed-origins?");
		});
	}

	@Test
	void listElementsAHigherSourceOverridesAreNotUnknown() {
		this.runner
			.withInitializer(source(new MapPropertySource("base",
					Map.of("cors.allowed-origins[0]", "https://a.example.com", "cors.allowed-origins[1]",
							"https://b.example.com", "cors.mappings[0].paths", "/a/**", "cors.mappings[1].paths",
							"/b/**"))))
			.withPropertyValues("cors.allowed-origins[0]=http://localhost:5173", "cors.mappings[0].paths=/c/**")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(CorsPolicy.class).mappings().get(0).paths()).containsExactly("/c/**");
			});
	}

	@Test
	void everyRealPropertyIsKnown() {
		this.runner
			.withPropertyValues("cors.enabled=true", "cors.paths=/**", "cors.allowed-origins=https://a.example.com",
					"cors.allowed-origin-patterns=https://*.a.example.com", "cors.allowed-methods=GET",
					"cors.allowed-headers=*", "cors.exposed-headers=X-Id", "cors.allow-credentials=true",
					"cors.allow-private-network=true", "cors.max-age=1m", "cors.filter-order=-110", "cors.debug=false",
					"cors.mappings[0].paths=/m/**", "cors.mappings[0].enabled=true",
					"cors.mappings[0].allowed-origins=https://m.example.com",
					"cors.mappings[0].allowed-origin-patterns=https://*.m.example.com",
					"cors.mappings[0].allowed-methods=GET", "cors.mappings[0].allowed-headers=*",
					"cors.mappings[0].exposed-headers=X-Id", "cors.mappings[0].allow-credentials=false",
					"cors.mappings[0].allow-private-network=false", "cors.mappings[0].max-age=1m")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> yaml(String name) {
		return (context) -> {
			try {
				List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(name,
						new ClassPathResource(name));
				sources.forEach((source) -> context.getEnvironment().getPropertySources().addFirst(source));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> source(PropertySource<?> source) {
		return (context) -> context.getEnvironment().getPropertySources().addLast(source);
	}

	private static FailureAnalysis analysis(Throwable failure) {
		return new CorsPolicyFailureAnalyzer().analyze(failure);
	}

	private static CorsPolicyException cause(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof CorsPolicyException) && cause != null) {
			cause = cause.getCause();
		}
		assertThat(cause).as("CorsPolicyException in %s", failure).isNotNull();
		return (CorsPolicyException) cause;
	}

}
