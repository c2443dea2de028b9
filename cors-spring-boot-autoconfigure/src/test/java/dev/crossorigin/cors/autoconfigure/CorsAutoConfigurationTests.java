package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import dev.crossorigin.cors.policy.CorsMapping;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsPolicyException;
import dev.crossorigin.cors.policy.CorsRequest;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsAutoConfiguration}.
 */
class CorsAutoConfigurationTests {

	private static final AutoConfigurations CORS = AutoConfigurations.of(CorsAutoConfiguration.class);

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner().withConfiguration(CORS);

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CORS);

	private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(CORS);

	@Test
	void metricsAreCountedWhereAMeterRegistryExists() {
		this.servlet.withConfiguration(AutoConfigurations.of(CorsMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).hasSingleBean(CorsMetrics.class));
	}

	@Test
	void metricsAreNotSetUpWithMicrometerOnTheClassPathButNoMeterRegistry() {
		this.servlet.withConfiguration(AutoConfigurations.of(CorsMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CorsMetrics.class));
	}

	@Test
	void metricsAreNotSetUpWhenCorsIsDisabled() {
		this.servlet.withConfiguration(AutoConfigurations.of(CorsMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsMetrics.class));
	}

	@Test
	void servletApplicationGetsPolicyAndServletFilterOnly() {
		this.servlet.run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicy.class);
			assertThat(context).hasSingleBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(CorsReactiveWebFilter.class);
			assertThat(context.getBean(FilterRegistrationBean.class).getFilter()).isInstanceOf(CorsServletFilter.class);
		});
	}

	@Test
	void servletFilterIsOrderedBeforeSpringSecurityAndSeesErrorDispatches() {
		this.servlet.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getOrder()).isEqualTo(CorsProperties.DEFAULT_FILTER_ORDER).isLessThan(-100);
			assertThat(registration).extracting("dispatcherTypes")
				.isEqualTo(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		});
	}

	@Test
	void filterOrderPropertyMovesTheServletFilter() {
		this.servlet.withPropertyValues("cors.filter-order=42")
			.run((context) -> assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(42));
	}

	@Test
	void reactiveApplicationGetsPolicyAndWebFilterOnly() {
		this.reactive.run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicy.class);
			assertThat(context).hasSingleBean(CorsReactiveWebFilter.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context.getBean(CorsReactiveWebFilter.class).getOrder())
				.isEqualTo(CorsProperties.DEFAULT_FILTER_ORDER);
		});
	}

	@Test
	void filterOrderPropertyMovesTheWebFilter() {
		this.reactive.withPropertyValues("cors.filter-order=7")
			.run((context) -> assertThat(context.getBean(CorsReactiveWebFilter.class).getOrder()).isEqualTo(7));
	}

	@Test
	void reactiveApplicationWithoutServletApiStillWorks() {
		this.reactive.withClassLoader(new FilteredClassLoader("jakarta.servlet"))
			.run((context) -> assertThat(context).hasSingleBean(CorsReactiveWebFilter.class));
	}

	@Test
	void reactiveApplicationWithoutWebFluxGetsNoFilter() {
		this.reactive.withClassLoader(new FilteredClassLoader(WebFilter.class))
			.run((context) -> assertThat(context).hasSingleBean(CorsPolicy.class)
				.doesNotHaveBean(CorsReactiveWebFilter.class));
	}

	@Test
	void nonWebApplicationGetsPolicyButNoFilter() {
		this.plain.run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicy.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(CorsReactiveWebFilter.class);
		});
	}

	@Test
	void disabledRegistersNothingOnEitherStack() {
		this.servlet.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CorsPolicy.class);
			assertThat(context).doesNotHaveBean(CorsProperties.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(CorsPolicyCustomizer.class);
		});
		this.reactive.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CorsPolicy.class);
			assertThat(context).doesNotHaveBean(CorsReactiveWebFilter.class);
		});
	}

	@Test
	void disabledWithAnInvalidPolicyStillStarts() {
		this.servlet.withPropertyValues("cors.enabled=false", "cors.allowed-origins=https://example.com/")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void propertiesBecomeThePolicy() {
		this.servlet.withPropertyValues("cors.allowed-origins=https://app.example.com",
				"cors.allowed-origin-patterns=https://*.preview.example.com", "cors.allowed-methods=GET,PUT",
				"cors.allowed-headers=Content-Type", "cors.exposed-headers=X-Request-Id", "cors.allow-credentials=true",
				"cors.allow-private-network=true", "cors.max-age=1h", "cors.paths=/api/**")
			.run((context) -> {
				CorsMapping top = context.getBean(CorsPolicy.class).mappings().get(0);
				assertThat(top.paths()).containsExactly("/api/**");
				assertThat(top.allowedOrigins()).containsExactly("https://app.example.com");
				assertThat(top.allowedOriginPatterns()).containsExactly("https://*.preview.example.com");
				assertThat(top.allowedMethods()).containsExactly("GET", "PUT");
				assertThat(top.allowedHeaders()).containsExactly("Content-Type");
				assertThat(top.exposedHeaders()).containsExactly("X-Request-Id");
				assertThat(top.allowCredentials()).isTrue();
				assertThat(top.allowPrivateNetwork()).isTrue();
				assertThat(top.maxAge()).isEqualTo(Duration.ofHours(1));
			});
	}

	@Test
	void defaultsAllowNoOriginAndSimpleMethods() {
		this.plain.run((context) -> {
			CorsPolicy policy = context.getBean(CorsPolicy.class);
			CorsMapping top = policy.mappings().get(0);
			assertThat(top.paths()).containsExactly("/**");
			assertThat(top.allowedOrigins()).isEmpty();
			assertThat(top.allowedMethods()).containsExactly("GET", "HEAD", "POST");
			assertThat(top.allowedHeaders()).containsExactly("*");
			assertThat(top.allowCredentials()).isFalse();
			assertThat(top.maxAge()).isEqualTo(Duration.ofMinutes(30));
			assertThat(policy.evaluate(CorsRequest.actual("GET", "/", "https://app.example.com")).headers())
				.doesNotContainKey("Access-Control-Allow-Origin");
		});
	}

	@Test
	void maxAgeWithoutUnitIsSeconds() {
		this.plain.withPropertyValues("cors.max-age=90")
			.run((context) -> assertThat(context.getBean(CorsPolicy.class).mappings().get(0).maxAge())
				.isEqualTo(Duration.ofSeconds(90)));
	}

	@Test
	void mappingsInheritUnsetKeysAndKeepDeclarationOrder() {
		this.plain
			.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true",
					"cors.max-age=10m", "cors.mappings[0].paths=/public/**", "cors.mappings[0].allowed-origins=*",
					"cors.mappings[0].allow-credentials=false", "cors.mappings[1].paths=/internal/**",
					"cors.mappings[1].enabled=false")
			.run((context) -> {
				List<CorsMapping> mappings = context.getBean(CorsPolicy.class).mappings();
				assertThat(mappings).extracting(CorsMapping::paths)
					.containsExactly(List.of("/public/**"), List.of("/internal/**"), List.of("/**"));
				CorsMapping publicMapping = mappings.get(0);
				assertThat(publicMapping.allowedOrigins()).containsExactly("*");
				assertThat(publicMapping.allowCredentials()).isFalse();
				assertThat(publicMapping.maxAge()).isEqualTo(Duration.ofMinutes(10));
				assertThat(mappings.get(1).enabled()).isFalse();
				assertThat(mappings.get(1).allowedOrigins()).containsExactly("https://app.example.com");
			});
	}

	@Test
	void userPolicyBeanReplacesThePropertyDerivedOne() {
		this.servlet.withPropertyValues("cors.allowed-origins=https://ignored.example.com")
			.withUserConfiguration(UserPolicyConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(CorsPolicy.class);
				CorsServletFilter filter = (CorsServletFilter) context.getBean(FilterRegistrationBean.class)
					.getFilter();
				assertThat(filter.getPolicy()).isSameAs(context.getBean("userPolicy"));
				assertThat(filter.getPolicy().mappings().get(0).allowedOrigins())
					.containsExactly("https://user.example.com");
			});
	}

	@Test
	void userPolicyBeanIsUsedOnTheReactiveStack() {
		this.reactive.withUserConfiguration(UserPolicyConfiguration.class)
			.run((context) -> assertThat(context.getBean(CorsReactiveWebFilter.class).getPolicy())
				.isSameAs(context.getBean("userPolicy")));
	}

	@Test
	void propertiesOverrideWhatAnEarlierCustomizerSetAndALaterCustomizerOverridesThem() {
		this.plain.withPropertyValues("cors.allowed-origins=https://props.example.com", "cors.max-age=5m")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				CorsPolicy policy = context.getBean(CorsPolicy.class);
				CorsMapping topLevel = policy.mappings().get(policy.mappings().size() - 1);
				// the early customizer's origins are replaced by the properties; the late
				// one adds to them
				assertThat(topLevel.allowedOrigins()).containsExactly("https://props.example.com",
						"https://late.example.com");
				// the early customizer's max-age is overridden by the properties
				assertThat(topLevel.maxAge()).isEqualTo(Duration.ofMinutes(5));
				// what no property sets, the early customizer keeps
				assertThat(topLevel.allowedMethods()).containsExactly("GET", "PUT");
				assertThat(topLevel.allowCredentials()).isTrue();
				// the late customizer's mapping is kept
				assertThat(policy.mappings().get(0).paths()).containsExactly("/late/**");
			});
	}

	@Test
	void earlierCustomizerIsKeptWhenNoPropertyIsSet() {
		this.plain.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			CorsPolicy policy = context.getBean(CorsPolicy.class);
			CorsMapping topLevel = policy.mappings().get(policy.mappings().size() - 1);
			assertThat(topLevel.allowedOrigins()).containsExactly("https://early.example.com",
					"https://late.example.com");
			assertThat(topLevel.maxAge()).isEqualTo(Duration.ofHours(1));
			assertThat(topLevel.allowedMethods()).containsExactly("GET", "PUT");
			assertThat(topLevel.allowCredentials()).isTrue();
			assertThat(topLevel.paths()).containsExactly("/**");
		});
	}

	@Test
	void propertySetToItsDefaultValueStillOverridesAnEarlierCustomizer() {
		this.plain.withPropertyValues("cors.allow-credentials=false", "cors.allowed-methods=GET,HEAD,POST")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				CorsPolicy policy = context.getBean(CorsPolicy.class);
				CorsMapping topLevel = policy.mappings().get(policy.mappings().size() - 1);
				assertThat(topLevel.allowCredentials()).isFalse();
				assertThat(topLevel.allowedMethods()).containsExactly("GET", "HEAD", "POST");
			});
	}

	@Test
	void laterCustomizerOverridesThePropertiesAndEarlierOnesWithoutProperties() {
		this.plain.withUserConfiguration(CustomizerConfiguration.class, OverridingCustomizerConfiguration.class)
			.run((context) -> {
				CorsPolicy policy = context.getBean(CorsPolicy.class);
				CorsMapping topLevel = policy.mappings().get(policy.mappings().size() - 1);
				assertThat(topLevel.maxAge()).isEqualTo(Duration.ofMinutes(2));
			});
	}

	@Test
	void invalidPolicyFailsStartupWithEveryProblem() {
		this.servlet
			.withPropertyValues("cors.allowed-origins=*,https://example.com/", "cors.allow-credentials=true",
					"cors.allowed-origin-patterns=https://*.com", "cors.allowed-methods=GET,GE T",
					"cors.allowed-headers=Bad Header", "cors.max-age=-5s", "cors.mappings[0].allowed-origins=http:/x")
			.run((context) -> {
				assertThat(context).hasFailed();
				CorsPolicyException failure = findCause(context.getStartupFailure());
				assertThat(failure.problems()).extracting((problem) -> problem.property())
					.containsExactlyInAnyOrder("allowed-origins[1]", "allowed-origin-patterns[0]", "allowed-methods[1]",
							"allowed-headers[0]", "max-age", "allowed-origins", "mappings[0].allowed-origins[0]",
							"mappings[0].paths");
				FailureAnalysis analysis = new CorsPolicyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("The CORS policy is invalid (8 problems)")
					.contains("cors.allowed-origins[1] 'https://example.com/' ends with a slash")
					.contains("cors.allowed-origins '*' allows every origin while allow-credentials is true")
					.contains("cors.allowed-origin-patterns[0] 'https://*.com' is too broad")
					.contains("cors.allowed-methods[1] 'GE T' is not a valid method token")
					.contains("cors.allowed-headers[0] 'Bad Header' is not a valid header name")
					.contains("cors.max-age 'PT-5S' is negative")
					.contains("cors.mappings[0].allowed-origins[0] 'http:/x' has no scheme")
					.contains("cors.mappings[0].paths is missing");
				assertThat(analysis.getAction()).contains("cors.allowed-origins[1]: Write each origin as")
					.contains("cors.max-age: Use 0 to disable preflight caching");
			});
	}

	@Test
	void wildcardOriginWithCredentialsIsRefusedWithAFix() {
		this.reactive.withPropertyValues("cors.allowed-origins=*", "cors.allow-credentials=true").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new CorsPolicyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("cors.allowed-origins '*' allows every origin");
			assertThat(analysis.getAction()).contains("List the trusted origins")
				.contains("set allow-credentials to false");
		});
	}

	@Test
	void failureAnalyzerIsRegistered() throws Exception {
		assertThat(new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes()))
			.contains("org.springframework.boot.diagnostics.FailureAnalyzer")
			.contains(CorsPolicyFailureAnalyzer.class.getName());
	}

	private static CorsPolicyException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof CorsPolicyException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).as("cause of " + failure).isInstanceOf(CorsPolicyException.class);
		return (CorsPolicyException) candidate;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserPolicyConfiguration {

		@Bean
		CorsPolicy userPolicy() {
			return CorsPolicy.builder().allowedOrigins("https://user.example.com").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OverridingCustomizerConfiguration {

		@Bean
		@Order(2)
		CorsPolicyCustomizer latest() {
			return (builder) -> builder.maxAge(Duration.ofMinutes(2));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(-1)
		CorsPolicyCustomizer early() {
			return (builder) -> builder.allowedOrigins("https://early.example.com")
				.maxAge(Duration.ofHours(1))
				.allowedMethods("GET", "PUT")
				.allowCredentials(true);
		}

		@Bean
		@Order(1)
		CorsPolicyCustomizer late() {
			return (builder) -> builder.addAllowedOrigins("https://late.example.com")
				.mapping((mapping) -> mapping.paths("/late/**"));
		}

	}

}
