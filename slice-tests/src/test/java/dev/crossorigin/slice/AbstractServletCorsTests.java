package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user's MockMvc test of a controller sees with the starter: its CORS headers on
 * an actual request, and a preflight answered {@code 204} before Spring MVC.
 */
abstract class AbstractServletCorsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void actualRequestFromAnAllowedOriginCarriesTheStartersCorsHeaders() {
		assertThat(SliceRequests.actual(this.mvc)).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
			.hasHeader(HttpHeaders.VARY, "Origin")
			.hasBodyTextEqualTo("hello");
	}

	@Test
	void preflightIsAnsweredByTheStarterWith204AndNeverReachesSpringMvc() {
		assertThat(SliceRequests.preflight(this.mvc)).hasStatus(HttpStatus.NO_CONTENT)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SliceRequests.ALLOWED_ORIGIN)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, SliceRequests.ALLOWED_METHODS)
			.doesNotContainHeader(HttpHeaders.ALLOW);
	}

}
