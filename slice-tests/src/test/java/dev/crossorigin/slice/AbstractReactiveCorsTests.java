package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a user's {@link WebTestClient} test of a WebFlux controller sees with the starter:
 * its CORS headers on an actual request, and a preflight answered {@code 204} before
 * WebFlux.
 */
abstract class AbstractReactiveCorsTests {

	@Autowired
	WebTestClient client;

	@Test
	void actualRequestFromAnAllowedOriginCarriesTheStartersCorsHeaders() {
		SliceRequests.actual(this.client)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
			.expectHeader()
			.valueEquals(HttpHeaders.VARY, "Origin")
			.expectBody(String.class)
			.isEqualTo("hello");
	}

	@Test
	void preflightIsAnsweredByTheStarterWith204AndNeverReachesWebFlux() {
		SliceRequests.preflight(this.client)
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, SliceRequests.ALLOWED_METHODS)
			.expectHeader()
			.doesNotExist(HttpHeaders.ALLOW);
	}

}
