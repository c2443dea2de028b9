package dev.crossorigin.cors.autoconfigure;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.crossorigin.conformance.LogEvents;
import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsRequest;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the snapshot of dynamic origins: loaded at start-up, again on an event, on
 * refresh and on schedule; invalid entries skipped and named once; a failed or slow load
 * keeps the last good origins; only paths that opt in consult them.
 */
class DynamicCorsOriginsTests {

	private static final String APP = "https://app.example.com";

	private static final String TENANT = "https://shop.tenant.example";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
		.withUserConfiguration(TenantsConfiguration.class)
		.withPropertyValues("cors.allowed-origins=" + APP, "cors.mappings[0].paths=/api/**",
				"cors.mappings[0].allow-dynamic-origins=true");

	@Test
	void originsAreLoadedAtStartUpAndAllowedWhereAMappingOptsIn() {
		this.runner.run((context) -> {
			assertThat(decide(context, "/api/orders", TENANT).allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
			assertThat(decide(context, "/other", TENANT).reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
			DynamicCorsOrigins.State state = context.getBean(DynamicCorsOrigins.class).state();
			assertThat(state.origins()).isEqualTo(1);
			assertThat(state.loadedAt()).isNotNull();
			assertThat(state.lastError()).isNull();
		});
	}

	@Test
	void anEventLoadsTheOriginsAgainWithoutChangingThePolicysGeneration() {
		this.runner.run((context) -> {
			Tenants tenants = context.getBean(Tenants.class);
			tenants.origins.add("https://new.tenant.example");
			tenants.loaded = new CountDownLatch(1);
			context.publishEvent(new CorsOriginsChangedEvent(this));
			assertThat(tenants.loaded.await(10, TimeUnit.SECONDS)).isTrue();
			awaitOrigins(context, 2);
			assertThat(decide(context, "/api/orders", "https://new.tenant.example").allowedBy())
				.isEqualTo(AllowedBy.SNAPSHOT);
			assertThat(context.getBean(LiveCorsPolicy.class).active().generation()).isEqualTo(1);
			tenants.origins.remove(TENANT);
			context.getBean(DynamicCorsOrigins.class).refresh().get(10, TimeUnit.SECONDS);
			assertThat(decide(context, "/api/orders", TENANT).reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
		});
	}

	@Test
	void originsAreLoadedAgainEveryRefreshInterval() {
		this.runner.withPropertyValues("cors.dynamic-origins.refresh-interval=50ms").run((context) -> {
			Tenants tenants = context.getBean(Tenants.class);
			tenants.origins.add("https://scheduled.tenant.example");
			awaitOrigins(context, 2);
			assertThat(decide(context, "/api/x", "https://scheduled.tenant.example").allowedBy())
				.isEqualTo(AllowedBy.SNAPSHOT);
		});
	}

	@Test
	void invalidEntriesAreSkippedAndNamedOnceInAWarning() {
		try (LogEvents log = LogEvents.of(DynamicCorsOrigins.class)) {
			this.runner.run((context) -> {
				Tenants tenants = context.getBean(Tenants.class);
				tenants.origins.add("https://Bad.example");
				DynamicCorsOrigins origins = context.getBean(DynamicCorsOrigins.class);
				origins.refresh().get(10, TimeUnit.SECONDS);
				origins.refresh().get(10, TimeUnit.SECONDS);
				assertThat(decide(context, "/api/x", "https://Bad.example").allowedBy()).isNull();
				assertThat(origins.state().skipped()).singleElement()
					.satisfies((problem) -> assertThat(problem.value()).isEqualTo("https://Bad.example"));
			});
			assertThat(log.lines()).filteredOn((line) -> line.startsWith("WARN"))
				.singleElement()
				.asString()
				.contains("skipped a dynamic origin")
				.contains("'https://Bad.example' has uppercase letters");
		}
	}

	@Test
	void aFailedLoadKeepsTheLastGoodOriginsAndSaysSo() {
		try (LogEvents log = LogEvents.of(DynamicCorsOrigins.class)) {
			this.runner.run((context) -> {
				Tenants tenants = context.getBean(Tenants.class);
				tenants.failure.set(new IllegalStateException("database down"));
				DynamicCorsOrigins origins = context.getBean(DynamicCorsOrigins.class);
				DynamicCorsOrigins.State state = origins.refresh().get(10, TimeUnit.SECONDS);
				assertThat(state.lastError()).isEqualTo("java.lang.IllegalStateException: database down");
				assertThat(state.origins()).isEqualTo(1);
				assertThat(decide(context, "/api/x", TENANT).allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
				assertThat(origins.failures()).isEqualTo(1);
				tenants.failure.set(null);
				assertThat(origins.refresh().get(10, TimeUnit.SECONDS).lastError()).isNull();
			});
			assertThat(log.lines())
				.anySatisfy((line) -> assertThat(line).startsWith("WARN")
					.contains("loading the dynamic origins failed (java.lang.IllegalStateException: database down)")
					.contains("1 origins and 0 patterns loaded at"))
				.anySatisfy((line) -> assertThat(line).startsWith("INFO").contains("loaded again after a failure"));
		}
	}

	@Test
	void aLoadSlowerThanTheLoadTimeoutKeepsTheLastGoodOrigins() {
		try (LogEvents log = LogEvents.of(DynamicCorsOrigins.class)) {
			this.runner.withPropertyValues("cors.dynamic-origins.load-timeout=1s").run((context) -> {
				Tenants tenants = context.getBean(Tenants.class);
				tenants.stall = new CountDownLatch(1);
				DynamicCorsOrigins.State state = context.getBean(DynamicCorsOrigins.class)
					.refresh()
					.get(10, TimeUnit.SECONDS);
				tenants.stall.countDown();
				assertThat(state.lastError()).isEqualTo("took longer than the load timeout of 1000 ms");
				assertThat(decide(context, "/api/x", TENANT).allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
			});
			assertThat(log.lines()).anySatisfy((line) -> assertThat(line).startsWith("WARN")
				.contains("took longer than the load timeout of 1000 ms"));
		}
	}

	@Test
	void aFirstLoadThatFailsAllowsNoDynamicOriginUntilOneSucceeds() {
		try (LogEvents log = LogEvents.of(DynamicCorsOrigins.class)) {
			this.runner.withBean("failing", CorsOriginSource.class, () -> () -> {
				throw new IllegalStateException("no database yet");
			}).withUserConfiguration(NoTenantsConfiguration.class).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(decide(context, "/api/x", TENANT).reason()).isEqualTo(CorsDecision.Reason.ORIGIN);
				assertThat(context.getBean(DynamicCorsOrigins.class).state().loadedAt()).isNull();
			});
			assertThat(log.lines())
				.anySatisfy((line) -> assertThat(line).contains("no dynamic origin is allowed until a load succeeds"));
		}
	}

	@Test
	void severalSourcesAreLoadedTogether() {
		this.runner
			.withBean("partners", CorsOriginSource.class,
					() -> () -> CorsOrigins.of(List.of(), List.of("https://*.partner.example")))
			.run((context) -> {
				assertThat(decide(context, "/api/x", TENANT).allowedBy()).isEqualTo(AllowedBy.SNAPSHOT);
				assertThat(decide(context, "/api/x", "https://a.partner.example").allowedBy())
					.isEqualTo(AllowedBy.SNAPSHOT);
			});
	}

	@Test
	void withoutASourceThereIsNoLoader() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamicCorsOrigins.class));
	}

	@Test
	void aLookupWithoutCaffeineStopsStartUpSayingWhatToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader("com.github.benmanes.caffeine"))
			.withBean(CorsOriginLookup.class, () -> (origin) -> true)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("add the dependency com.github.ben-manes.caffeine:caffeine"));
	}

	@Test
	void aLookupIsCachedForTheFilter() {
		this.runner.withBean(CorsOriginLookup.class, () -> (origin) -> origin.endsWith(".verified.example"))
			.run((context) -> assertThat(context).hasSingleBean(CachingOriginLookup.class));
	}

	@Test
	void theEndpointAndTheMetersShowTheSnapshotAndTheLookup() {
		this.runner
			.withConfiguration(
					AutoConfigurations.of(CorsEndpointAutoConfiguration.class, CorsMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withBean(CorsOriginLookup.class, () -> (origin) -> origin.endsWith(".verified.example"))
			.withPropertyValues("management.endpoints.web.exposure.include=cors")
			.run((context) -> {
				CachingOriginLookup lookup = context.getBean(CachingOriginLookup.class);
				assertThat(lookup.lookUp("https://a.verified.example").get(10, TimeUnit.SECONDS)).isTrue();
				assertThat(lookup.lookUp("https://b.example").get(10, TimeUnit.SECONDS)).isFalse();
				CorsEndpoint.DynamicOriginsDescriptor dynamic = context.getBean(CorsEndpoint.class)
					.cors()
					.dynamicOrigins();
				assertThat(dynamic.snapshot().origins()).isEqualTo(1);
				assertThat(dynamic.snapshot().loadedAt()).isNotNull();
				assertThat(dynamic.snapshot().refreshIntervalSeconds()).isEqualTo(30);
				assertThat(dynamic.lookup().allowed()).isEqualTo(1);
				assertThat(dynamic.lookup().refused()).isEqualTo(1);
				assertThat(dynamic.lookup().timeoutMillis()).isEqualTo(500);
				assertThat(context.getBean(CorsEndpoint.class).cors().mappings().get(0).allowDynamicOrigins()).isTrue();
				// Spring Boot's metrics auto-configuration binds every MeterBinder bean.
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				context.getBeansOfType(MeterBinder.class).values().forEach((binder) -> binder.bindTo(registry));
				assertThat(registry.get("cors.dynamic.origins.size").tag("kind", "origins").gauge().value())
					.isEqualTo(1);
				assertThat(
						registry.get("cors.dynamic.origins.loads").tag("outcome", "success").functionCounter().count())
					.isEqualTo(1);
				assertThat(
						registry.get("cors.dynamic.origins.lookups").tag("result", "allowed").functionCounter().count())
					.isEqualTo(1);
				assertThat(registry.get("cors.dynamic.origins.age").gauge().value()).isBetween(0.0, 60.0);
			});
	}

	@Test
	void startUpWarnsWhenNoPathConsultsTheSuppliedOrigins() {
		try (LogEvents log = LogEvents.of(CorsStartupReport.class)) {
			this.runner.withPropertyValues("cors.mappings[0].allow-dynamic-origins=false")
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(log.lines()).anySatisfy((line) -> assertThat(line).startsWith("WARN")
				.contains("supplies origins at run time (tenants), but no enabled mapping allows them"));
		}
	}

	@Test
	void startUpWarnsWhenPathsAllowDynamicOriginsThatNobodySupplies() {
		try (LogEvents log = LogEvents.of(CorsStartupReport.class)) {
			new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
				.withPropertyValues("cors.allow-dynamic-origins=true")
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(log.lines()).anySatisfy((line) -> assertThat(line).startsWith("WARN")
				.contains("allow-dynamic-origins is true, but the application supplies no origins"));
		}
	}

	private static void awaitOrigins(AssertableWebApplicationContext context, int count) throws Exception {
		DynamicCorsOrigins origins = context.getBean(DynamicCorsOrigins.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (origins.state().origins() != count && System.nanoTime() < deadline) {
			origins.refresh().get(10, TimeUnit.SECONDS);
		}
		assertThat(origins.state().origins()).isEqualTo(count);
	}

	private static CorsDecision decide(AssertableWebApplicationContext context, String path, String origin) {
		CorsPolicy policy = context.getBean(LiveCorsPolicy.class).policy();
		return policy.evaluate(CorsRequest.actual("GET", path, origin)).decision();
	}

	static class Tenants implements CorsOriginSource {

		final Set<String> origins = new CopyOnWriteArraySet<>(Set.of(TENANT));

		final AtomicReference<Exception> failure = new AtomicReference<>();

		volatile CountDownLatch loaded = new CountDownLatch(0);

		volatile CountDownLatch stall = new CountDownLatch(0);

		@Override
		public CorsOrigins load() throws Exception {
			this.stall.await(10, TimeUnit.SECONDS);
			Exception failure = this.failure.get();
			if (failure != null) {
				throw failure;
			}
			CorsOrigins result = CorsOrigins.of(this.origins);
			this.loaded.countDown();
			return result;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TenantsConfiguration {

		@Bean
		Tenants tenants() {
			return new Tenants();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NoTenantsConfiguration {

	}

}
