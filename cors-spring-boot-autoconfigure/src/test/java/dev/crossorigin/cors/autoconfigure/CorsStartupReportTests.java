package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter says at start-up: one {@code INFO} line with the effective policy,
 * warnings once per context whoever registers the filter, and a warning when an
 * application's own {@link CorsPolicy} makes {@code cors.*} keys ineffective.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsStartupReportTests {

	private static final AutoConfigurations CORS = AutoConfigurations.of(CorsAutoConfiguration.class);

	private static final String[] POLICY = { "cors.allowed-origins=https://app.example.com,http://legacy.example.com",
			"cors.allowed-origin-patterns=https://*.preview.example.com", "cors.allow-credentials=true",
			"cors.mappings[0].paths=/public/**", "cors.mappings[0].allowed-origins=*",
			"cors.mappings[0].allow-credentials=false", "cors.mappings[1].paths=/internal/**",
			"cors.mappings[1].enabled=false" };

	@Test
	void servletApplicationStatesTheEffectivePolicyInOneInfoLine(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(CORS).withPropertyValues(POLICY).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).containsOnlyOnce("CORS: servlet filter at order -110; top level on /**: 2 origins, "
					+ "1 origin pattern, credentials allowed; 2 mappings (1 disabled)");
		});
	}

	@Test
	void reactiveApplicationStatesItsStackAndOrder(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(CORS)
			.withPropertyValues("cors.allowed-origins=*", "cors.filter-order=-120")
			.run((context) -> assertThat(output)
				.contains("CORS: reactive filter at order -120; top level on /**: any origin, no credentials; "
						+ "0 mappings"));
	}

	@Test
	void warningsAreLoggedOnceWhenTheApplicationIsNotAWebApplication(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(CORS)
			.withPropertyValues(POLICY)
			.withPropertyValues("cors.max-age=1d")
			.run((context) -> {
				assertThat(output).contains("CORS: no CORS filter registered");
				assertThat(output).containsOnlyOnce("cors.max-age 'PT24H' is longer than browsers honour")
					.containsOnlyOnce("cors.allowed-origins 'http://legacy.example.com' is plain http");
			});
	}

	@Test
	void warningsAreLoggedOnceWhenTheApplicationRegistersTheFilterItself(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(CORS)
			.withPropertyValues("cors.max-age=1d")
			.withUserConfiguration(OwnRegistrationConfiguration.class)
			.run((context) -> {
				assertThat(output).containsOnlyOnce("cors.max-age 'PT24H' is longer than browsers honour")
					.contains("CORS: servlet filter at order 7;");
			});
	}

	@Test
	void ownPolicyBeanWithPolicyPropertiesSetWarnsThatThoseKeysHaveNoEffect(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(CORS)
			.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.max-age=5m",
					"cors.mappings[0].paths=/a/**", "cors.filter-order=-115")
			.withUserConfiguration(OwnPolicyConfiguration.class)
			.run((context) -> assertThat(output).containsOnlyOnce(
					"CORS: the application's own CorsPolicy bean replaces the policy built from cors.* properties, "
							+ "so cors.allowed-origins, cors.max-age, cors.mappings have no effect"));
	}

	@Test
	void ownPolicyBeanWithoutPolicyPropertiesIsNotWarnedAbout(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(CORS)
			.withPropertyValues("cors.filter-order=-115", "cors.debug=false")
			.withUserConfiguration(OwnPolicyConfiguration.class)
			.run((context) -> assertThat(output).doesNotContain("have no effect")
				.contains("CORS: servlet filter at order -115; top level on /**: 1 origin, 0 origin patterns"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnPolicyConfiguration {

		@Bean
		CorsPolicy corsPolicy() {
			return CorsPolicy.builder().allowedOrigins("https://own.example.com").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRegistrationConfiguration {

		@Bean
		FilterRegistrationBean<CorsServletFilter> corsServletFilterRegistration(CorsPolicy policy) {
			FilterRegistrationBean<CorsServletFilter> registration = new FilterRegistrationBean<>(
					new CorsServletFilter(policy));
			registration.setOrder(7);
			return registration;
		}

	}

}
