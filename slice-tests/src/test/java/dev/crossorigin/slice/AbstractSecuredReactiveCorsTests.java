package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/**
 * What a user's {@code WebTestClient} test sees with the starter and Spring Security both
 * in it: the preflight is answered before Security asks for credentials, and Security's
 * {@code 401} carries the CORS headers so that a script can read it.
 */
abstract class AbstractSecuredReactiveCorsTests extends AbstractReactiveCorsTests {

	@Override
	@Test
	void actualRequestFromAnAllowedOriginCarriesTheStartersCorsHeaders() {
		SliceRequests.actual(this.client)
			.header(HttpHeaders.AUTHORIZATION, SliceRequests.CREDENTIALS)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
	}

	@Test
	void unauthenticatedRequestGetsSpringSecuritys401WithTheStartersCorsHeaders() {
		SliceRequests.actual(this.client)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
	}

}
