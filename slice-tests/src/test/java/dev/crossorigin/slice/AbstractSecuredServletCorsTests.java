package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user's MockMvc test sees with the starter and Spring Security both in it: the
 * preflight is answered before Security asks for credentials, and Security's {@code 401}
 * carries the CORS headers so that a script can read it.
 */
abstract class AbstractSecuredServletCorsTests extends AbstractServletCorsTests {

	@Override
	@Test
	void actualRequestFromAnAllowedOriginCarriesTheStartersCorsHeaders() {
		assertThat(SliceRequests.actual(this.mvc).header(HttpHeaders.AUTHORIZATION, SliceRequests.CREDENTIALS))
			.hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
	}

	@Test
	void unauthenticatedRequestGetsSpringSecuritys401WithTheStartersCorsHeaders() {
		assertThat(SliceRequests.actual(this.mvc)).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
	}

}
