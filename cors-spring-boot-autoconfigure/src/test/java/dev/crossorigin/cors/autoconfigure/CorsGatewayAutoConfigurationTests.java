package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.gateway.GatewayCorsMode;
import dev.crossorigin.cors.gateway.webflux.GatewayCorsWebFilter;
import dev.crossorigin.cors.gateway.webmvc.GatewayCorsServletFilter;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorsWebFluxGatewayAutoConfiguration} and
 * {@link CorsWebMvcGatewayAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsGatewayAutoConfigurationTests {

	private static final String WARNING = "two CORS layers are configured on this gateway";

	private final ReactiveWebApplicationContextRunner webflux = new ReactiveWebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebFluxGatewayAutoConfiguration.class));

	private final WebApplicationContextRunner webmvc = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcGatewayAutoConfiguration.class));

	@Test
	void webFluxGatewayGetsTheModeFilterAndBothHeaderFilters() {
		this.webflux.run((context) -> {
			assertThat(context).hasSingleBean(GatewayCorsWebFilter.class);
			assertThat(context.getBeansOfType(HttpHeadersFilter.class)).hasSize(2);
			assertThat(context.getBean(GatewayCorsWebFilter.class).getOrder()).isGreaterThan(-100);
		});
	}

	@Test
	void webFluxApplicationWithoutTheGatewayGetsNothingOfIt() {
		this.webflux.withClassLoader(new FilteredClassLoader(HttpHeadersFilter.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(GatewayCorsWebFilter.class)
				.doesNotHaveBean(LiveGatewayCorsMappings.class));
	}

	@Test
	void disabledStarterAddsNothingToTheGateway() {
		this.webflux.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LiveGatewayCorsMappings.class));
		this.webmvc.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LiveGatewayCorsMappings.class));
	}

	@Test
	void disabledStarterWithAFilterOfTheApplicationsOwnAddsNothingToTheGateway() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();
		this.webflux.withPropertyValues("cors.enabled=false")
			.withBean(CorsReactiveWebFilter.class, () -> new CorsReactiveWebFilter(policy, 0))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CorsReactiveWebFilter.class)
				.doesNotHaveBean(LiveGatewayCorsMappings.class)
				.doesNotHaveBean(HttpHeadersFilter.class));
		this.webmvc.withPropertyValues("cors.enabled=false")
			.withBean("applicationCorsFilter", FilterRegistrationBean.class,
					() -> new FilterRegistrationBean<>(new CorsServletFilter(policy)))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LiveGatewayCorsMappings.class)
				.doesNotHaveBean(RequestHttpHeadersFilter.class)
				.doesNotHaveBean(ResponseHttpHeadersFilter.class));
	}

	@Test
	void webMvcGatewayGetsTheModeFilterAfterSpringSecurityAndBothHeaderFilters() {
		this.webmvc.run((context) -> {
			assertThat(context).hasSingleBean(RequestHttpHeadersFilter.class)
				.hasSingleBean(ResponseHttpHeadersFilter.class);
			FilterRegistrationBean<?> registration = context.getBean("gatewayCorsServletFilterRegistration",
					FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(GatewayCorsServletFilter.class);
			assertThat(registration.getOrder()).isGreaterThan(-100);
			assertThat(registration).extracting("dispatcherTypes").asString().isEqualTo("[REQUEST]");
		});
	}

	@Test
	void servletApplicationWithoutTheGatewayGetsNothingOfIt() {
		this.webmvc
			.withClassLoader(new FilteredClassLoader(
					org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LiveGatewayCorsMappings.class)
				.doesNotHaveBean("gatewayCorsServletFilterRegistration"));
	}

	@Test
	void passThroughMappingIsPassedThroughOnTheGatewayAndLeftAloneByTheStarter() {
		this.webmvc
			.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.mappings[0].paths=/legacy/**",
					"cors.mappings[0].pass-through=true")
			.run((context) -> {
				LiveGatewayCorsMappings mappings = context.getBean(LiveGatewayCorsMappings.class);
				assertThat(mappings.modeFor(PathContainer.parsePath("/legacy/orders")))
					.isEqualTo(GatewayCorsMode.PASS_THROUGH);
				assertThat(mappings.modeFor(PathContainer.parsePath("/orders"))).isEqualTo(GatewayCorsMode.ANSWER);
				assertThat(context.getBean(CorsPolicy.class).mappingFor("/legacy/orders")).isNull();
			});
	}

	@Test
	void gatewayGlobalCorsIsReportedOnceAsASecondLayer(CapturedOutput output) {
		this.webflux.withPropertyValues(
				"spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/**].allowed-origins=https://other.example")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).containsOnlyOnce(WARNING)
			.contains("remove spring.cloud.gateway.server.webflux.globalcors.cors-configurations,")
			.contains("cors.enabled=false");
	}

	@Test
	void gatewayGlobalCorsUnderTheEarlierPrefixIsReported(CapturedOutput output) {
		this.webflux.withPropertyValues("spring.cloud.gateway.globalcors.cors-configurations.[/**].allowed-origins=*")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains(WARNING).contains("spring.cloud.gateway.globalcors.cors-configurations");
	}

	@Test
	void corsMetadataOfARouteIsReported(CapturedOutput output) {
		this.webflux
			.withPropertyValues("spring.cloud.gateway.server.webflux.routes[0].id=api",
					"spring.cloud.gateway.server.webflux.routes[0].metadata.cors.allowed-origins=*")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains(WARNING).contains("spring.cloud.gateway.server.webflux.routes[*].metadata.cors");
	}

	@Test
	void gatewayWithoutCorsOfItsOwnIsNotReported(CapturedOutput output) {
		this.webflux
			.withPropertyValues("spring.cloud.gateway.server.webflux.routes[0].id=api",
					"spring.cloud.gateway.server.webflux.routes[0].metadata.owner=team-a")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(WARNING);
	}

}
