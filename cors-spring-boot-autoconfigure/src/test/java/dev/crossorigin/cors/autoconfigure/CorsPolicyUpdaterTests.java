package dev.crossorigin.cors.autoconfigure;

import java.util.Map;
import java.util.Set;

import dev.crossorigin.conformance.LogEvents;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy changed at run time: through {@link CorsPolicyUpdater}, and through Spring
 * Cloud's refresh of {@code cors.*} properties. A valid policy is put in force and the
 * filter applies it; an invalid one is refused, with the same problems as at start-up,
 * and the policy in force keeps serving.
 */
class CorsPolicyUpdaterTests {

	private static final String APP = "https://app.example.com";

	private static final String NEW = "https://new.example.com";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsMetricsAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=" + APP);

	@Test
	void replacedPolicyIsPutInForceAndAppliedByTheFilter() {
		this.runner.run((context) -> {
			CorsPolicyUpdate update = updater(context).replace(CorsPolicy.builder().allowedOrigins(NEW).build(),
					"a test");
			assertThat(update.outcome()).isEqualTo(CorsPolicyUpdate.Outcome.APPLIED);
			assertThat(update.generation()).isEqualTo(2);
			assertThat(context.getBean(LiveCorsPolicy.class).active().source()).isEqualTo("a test");
			assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(NEW);
		});
	}

	@Test
	void invalidPolicyIsRefusedWithItsProblemsAndThePolicyInForceKeepsServing() {
		this.runner.run((context) -> {
			try (LogEvents log = LogEvents.of(CorsPolicyUpdater.class)) {
				CorsPolicyUpdate update = updater(context).replace(
						CorsPolicy.builder().allowedOrigins("*", "https://bad.example.com/").allowCredentials(true),
						"a test");
				assertThat(update.outcome()).isEqualTo(CorsPolicyUpdate.Outcome.REFUSED);
				assertThat(update.generation()).isEqualTo(1);
				assertThat(update.problems()).extracting((problem) -> problem.property())
					.containsExactly("allowed-origins[1]", "allowed-origins");
				assertThat(updater(context).lastRefused()).contains(update);
				assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(APP);
				assertThat(log.lines()).singleElement()
					.satisfies((line) -> assertThat(line)
						.startsWith("ERROR CORS: the policy update from a test is "
								+ "refused, and generation 1 keeps serving. The CORS policy is invalid (2 problems):")
						.contains("cors.allowed-origins[1] 'https://bad.example.com/' ends with a slash")
						.contains("cors.allowed-origins '*' allows every origin while allow-credentials is true")
						.contains("cors.allowed-origins[1]: Write each origin as the browser sends it"));
			}
		});
	}

	@Test
	void customizerAdjustsThePolicyInForce() {
		this.runner.withPropertyValues("cors.max-age=5m").run((context) -> {
			CorsPolicyUpdate update = updater(context).customize((builder) -> builder.addAllowedOrigins(NEW), "admin");
			assertThat(update.applied()).isTrue();
			CorsPolicy policy = context.getBean(LiveCorsPolicy.class).policy();
			assertThat(policy.mappings().get(0).allowedOrigins()).containsExactly(APP, NEW);
			assertThat(policy.mappings().get(0).maxAge()).hasMinutes(5);
		});
	}

	@Test
	void reloadRebuildsFromThePropertiesAsTheyAreNowWithTheCustomizersInOrder() {
		this.runner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("changed", Map.of("cors.allowed-origins", NEW)));
			CorsPolicyUpdate update = updater(context).reload("a test");
			assertThat(update.applied()).isTrue();
			assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(NEW,
					"https://customized.example.com");
		});
	}

	@Test
	void reloadForgetsAPropertyThatWasRemoved() {
		this.runner.withPropertyValues("cors.max-age=5m").run((context) -> {
			MapPropertySource changed = new MapPropertySource("changed", Map.of("cors.max-age", "10m"));
			context.getEnvironment().getPropertySources().addFirst(changed);
			updater(context).reload("first");
			assertThat(filter(context).getPolicy().mappings().get(0).maxAge()).hasMinutes(10);
			context.getEnvironment().getPropertySources().remove("changed");
			updater(context).reload("second");
			assertThat(filter(context).getPolicy().mappings().get(0).maxAge()).hasMinutes(5);
		});
	}

	@Test
	void reloadOfAnInvalidOrMisspelledPropertyIsRefused() {
		this.runner.run((context) -> {
			try (LogEvents log = LogEvents.of(CorsPolicyUpdater.class)) {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("changed",
							Map.of("cors.allowed-origin", NEW, "cors.allowed-origins", "https://x.example.com/")));
				CorsPolicyUpdate update = updater(context).reload("a test");
				assertThat(update.outcome()).isEqualTo(CorsPolicyUpdate.Outcome.REFUSED);
				assertThat(update.problems()).extracting((problem) -> problem.property())
					.containsExactly("allowed-origin");
				assertThat(log.lines()).singleElement()
					.satisfies((line) -> assertThat(line).contains("Did you mean cors.allowed-origins?"));
				assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(APP);
			}
		});
	}

	@Test
	void ownPolicyBeanIsNotRebuiltFromPropertiesButCanBeReplaced() {
		this.runner.withUserConfiguration(OwnPolicyConfiguration.class).run((context) -> {
			CorsPolicyUpdate reload = updater(context).reload("a test");
			assertThat(reload.outcome()).isEqualTo(CorsPolicyUpdate.Outcome.SKIPPED);
			assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins())
				.containsExactly("https://own.example.com");
			assertThat(updater(context).replace(CorsPolicy.builder().allowedOrigins(NEW).build(), "code").applied())
				.isTrue();
			assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(NEW);
		});
	}

	@Test
	void refreshOfCorsKeysRebuildsThePolicy() {
		this.runner.run((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("changed", Map.of("cors.allowed-origins", NEW)));
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("cors.allowed-origins", "server.port")));
			assertThat(filter(context).getPolicy().mappings().get(0).allowedOrigins()).containsExactly(NEW);
			assertThat(context.getBean(LiveCorsPolicy.class).active().source())
				.isEqualTo("refresh of cors.allowed-origins");
		});
	}

	@Test
	void refreshOfOtherKeysLeavesThePolicyAlone() {
		this.runner.run((context) -> {
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("server.port", "corsage.enabled")));
			assertThat(context.getBean(LiveCorsPolicy.class).active().generation()).isEqualTo(1);
		});
	}

	@Test
	void refreshOfKeysReadOnlyAtStartUpWarnsThatTheyNeedARestart() {
		this.runner.run((context) -> {
			try (LogEvents log = LogEvents.of(CorsRefreshListener.class)) {
				context.publishEvent(new EnvironmentChangeEvent(context, Set.of("cors.filter-order", "CORS_ENABLED")));
				assertThat(log.lines()).containsExactly("WARN CORS: CORS_ENABLED, cors.filter-order changed, but "
						+ "they are read only at start-up: restart the application for the change to take effect");
				assertThat(context.getBean(LiveCorsPolicy.class).active().generation()).isEqualTo(1);
			}
		});
	}

	@Test
	void updatesAreCountedByOutcome() {
		this.runner.withBean(SimpleMeterRegistry.class).run((context) -> {
			// Spring Boot's metrics auto-configuration binds meter binders; this context
			// has only the starter's.
			context.getBean(CorsMetrics.class).bindTo(context.getBean(SimpleMeterRegistry.class));
			try (LogEvents log = LogEvents.of(CorsPolicyUpdater.class)) {
				updater(context).replace(CorsPolicy.builder().allowedOrigins(NEW).build(), "a test");
				updater(context).replace(CorsPolicy.builder().allowedOrigins("https://bad/"), "a test");
			}
			SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
			assertThat(registry.get("cors.policy.updates").tag("outcome", "applied").counter().count()).isEqualTo(1);
			assertThat(registry.get("cors.policy.updates").tag("outcome", "refused").counter().count()).isEqualTo(1);
			assertThat(registry.get("cors.policy.updates").tag("outcome", "skipped").counter().count()).isZero();
		});
	}

	private static CorsPolicyUpdater updater(AssertableWebApplicationContext context) {
		return context.getBean(CorsPolicyUpdater.class);
	}

	@SuppressWarnings("unchecked")
	private static CorsServletFilter filter(AssertableWebApplicationContext context) {
		return ((FilterRegistrationBean<CorsServletFilter>) context.getBean("corsServletFilterRegistration"))
			.getFilter();
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(1)
		CorsPolicyCustomizer customized() {
			return (builder) -> builder.addAllowedOrigins("https://customized.example.com");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnPolicyConfiguration {

		@Bean
		CorsPolicy corsPolicy() {
			return CorsPolicy.builder().allowedOrigins("https://own.example.com").build();
		}

	}

}
