package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
		this.client.get()
			.uri(SliceRequests.PATH)
			.header(HttpHeaders.ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void preflightIsLeftToWebFluxWhichAllowsNothing() {
		this.client.method(HttpMethod.OPTIONS)
			.uri(SliceRequests.PATH)
			.header(HttpHeaders.ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
	}

}
