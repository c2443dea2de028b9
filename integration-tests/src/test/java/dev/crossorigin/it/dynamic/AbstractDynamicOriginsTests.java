package dev.crossorigin.it.dynamic;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.crossorigin.cors.autoconfigure.CorsOriginSource;
import dev.crossorigin.cors.autoconfigure.CorsOrigins;
import dev.crossorigin.cors.autoconfigure.CorsOriginsChangedEvent;
import dev.crossorigin.cors.autoconfigure.DynamicCorsOrigins;
import dev.crossorigin.it.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Origins supplied at run time on a real server: a snapshot from a
 * {@link CorsOriginSource} that follows the data, and a per-request lookup, consulted
 * only on the paths that allow dynamic origins ({@code /api/**} here), cached, and
 * refusing when it is too slow. Subclasses choose the stack and the lookup's shape.
 */
@TestPropertySource(properties = { "cors.paths=/**", "cors.allowed-origins=" + APP, "cors.allow-credentials=true",
		"cors.allowed-methods=GET,PUT", "cors.mappings[0].paths=/api/**", "cors.mappings[0].allow-dynamic-origins=true",
		"cors.dynamic-origins.lookup.timeout=1s", "cors.dynamic-origins.refresh-interval=1h" })
abstract class AbstractDynamicOriginsTests {

	static final String TENANT = "https://shop.tenant.example";

	/** What the test lookups allow: any subdomain of this domain. */
	static final String VERIFIED = ".verified.example";

	/** What the test lookups never answer in time. */
	static final String SLOW = "https://slow.example";

	@LocalServerPort
	private int port;

	@Autowired
	private TenantOrigins tenants;

	@Autowired
	private LookupCalls lookupCalls;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private DynamicCorsOrigins dynamicOrigins;

	private Http http;

	@BeforeEach
	void setUp() throws Exception {
		this.http = new Http(this.port);
		this.tenants.origins.clear();
		this.dynamicOrigins.refresh().get(10, TimeUnit.SECONDS);
	}

	@Test
	void anOriginAddedToTheDataIsAcceptedOnceTheApplicationSaysSoAndRefusedOnceRemoved() throws Exception {
		assertThatResponse(this.http.preflight("/api/hello", TENANT, "PUT", null)).hasStatus(403)
			.hasNoCorsHeaders()
			.variesOn("Origin");
		this.tenants.origins.add(TENANT);
		this.events.publishEvent(new CorsOriginsChangedEvent(this));
		awaitOrigins(1);
		assertThatResponse(this.http.preflight("/api/hello", TENANT, "PUT", null)).hasStatus(204)
			.hasSingleHeader("Access-Control-Allow-Origin", TENANT)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasSingleHeader("Access-Control-Allow-Methods", "GET, PUT");
		assertThatResponse(this.http.get("/api/hello", "Origin", TENANT)).hasStatus(200)
			.hasSingleHeader("Access-Control-Allow-Origin", TENANT)
			.variesOn("Origin");
		this.tenants.origins.remove(TENANT);
		this.events.publishEvent(new CorsOriginsChangedEvent(this));
		awaitOrigins(0);
		assertThatResponse(this.http.preflight("/api/hello", TENANT, "PUT", null)).hasStatus(403);
	}

	@Test
	void snapshotOriginsAreNotAllowedOnPathsThatDoNotOptIn() throws Exception {
		this.tenants.origins.add(TENANT);
		this.dynamicOrigins.refresh().get(10, TimeUnit.SECONDS);
		assertThatResponse(this.http.preflight("/spring/mapped", TENANT, "GET", null)).hasStatus(403)
			.hasNoCorsHeaders();
		assertThatResponse(this.http.preflight("/spring/mapped", APP, "GET", null)).hasStatus(204);
	}

	@Test
	void anOriginTheLookupAllowsIsAcceptedAndItsAnswerCached() {
		String origin = "https://a" + System.nanoTime() + VERIFIED;
		int before = this.lookupCalls.count.get();
		assertThatResponse(this.http.preflight("/api/hello", origin, "GET", null)).hasStatus(204)
			.hasSingleHeader("Access-Control-Allow-Origin", origin)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.variesOn("Origin");
		assertThatResponse(this.http.get("/api/hello", "Origin", origin)).hasStatus(200)
			.hasSingleHeader("Access-Control-Allow-Origin", origin)
			.variesOn("Origin");
		assertThat(this.lookupCalls.count.get() - before).isEqualTo(1);
	}

	@Test
	void anOriginTheLookupRefusesIsRefusedWithVaryOnOrigin() {
		assertThatResponse(this.http.preflight("/api/hello", "https://stranger.example", "GET", null)).hasStatus(403)
			.hasNoCorsHeaders()
			.variesOn("Origin");
		assertThatResponse(this.http.get("/api/hello", "Origin", "https://stranger.example")).hasStatus(200)
			.hasNoCorsHeaders()
			.variesOn("Origin");
	}

	@Test
	void aLookupSlowerThanTheTimeoutRefusesAndIsAskedAgainNextTime() {
		int before = this.lookupCalls.count.get();
		long started = System.nanoTime();
		assertThatResponse(this.http.preflight("/api/hello", SLOW, "GET", null)).hasStatus(403).hasNoCorsHeaders();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThatResponse(this.http.preflight("/api/hello", SLOW, "GET", null)).hasStatus(403);
		assertThat(this.lookupCalls.count.get() - before).isEqualTo(2);
	}

	@Test
	void theLookupIsNotAskedOnPathsThatDoNotOptIn() {
		int before = this.lookupCalls.count.get();
		assertThatResponse(this.http.preflight("/spring/mapped", "https://b" + VERIFIED, "GET", null)).hasStatus(403);
		assertThat(this.lookupCalls.count.get()).isEqualTo(before);
	}

	private void awaitOrigins(int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.dynamicOrigins.state().origins() != count && System.nanoTime() < deadline) {
			this.dynamicOrigins.refresh().get(10, TimeUnit.SECONDS);
		}
		assertThat(this.dynamicOrigins.state().origins()).isEqualTo(count);
	}

	/** Tenants' origins as data the test changes, loaded by the starter. */
	static class TenantOrigins implements CorsOriginSource {

		final Set<String> origins = ConcurrentHashMap.newKeySet();

		@Override
		public CorsOrigins load() {
			return CorsOrigins.of(this.origins);
		}

	}

	/** How often the application's lookup was called (cache hits are not calls). */
	static class LookupCalls {

		final AtomicInteger count = new AtomicInteger();

	}

	/**
	 * The tenants' origins and the lookup's call count, for either stack's application.
	 */
	@Configuration(proxyBeanMethods = false)
	static class DynamicOriginsConfiguration {

		@Bean
		TenantOrigins tenantOrigins() {
			return new TenantOrigins();
		}

		@Bean
		LookupCalls lookupCalls() {
			return new LookupCalls();
		}

	}

}
