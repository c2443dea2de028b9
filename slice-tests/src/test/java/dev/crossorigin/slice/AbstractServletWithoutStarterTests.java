package dev.crossorigin.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MockMvc test that leaves the starter out: no CORS header from it, and the preflight
 * reaches Spring MVC, which has no CORS configuration to answer it with (Spring Framework
 * 7 answers {@code 200}, 6.2 {@code 403}; neither allows anything).
 */
abstract class AbstractServletWithoutStarterTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void actualRequestCarriesNoCorsHeader() {
		assertThat(SliceRequests.actual(this.mvc)).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void preflightIsLeftToSpringMvcWhichAllowsNothing() {
		assertThat(SliceRequests.preflight(this.mvc)).doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
	}

}
