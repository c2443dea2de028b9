package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A {@link WebTestClient} test that leaves the starter out: no CORS header from it, and
 * the preflight reaches WebFlux, which has no CORS configuration to answer it with.
 */
abstract class AbstractReactiveWithoutStarterTests {

	@Autowired
	WebTestClient client;

	@Test
	void actualRequestCarriesNoCorsHeader() {
		SliceRequests.actual(this.client)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void preflightIsLeftToWebFluxWhichAllowsNothing() {
		SliceRequests.preflight(this.client)
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
	}

}
