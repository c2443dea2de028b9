package dev.crossorigin.it.security;

import java.net.http.HttpResponse;

import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.TestController;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;

/**
 * Spring Security with {@code http.cors(...)} and a Spring
 * {@code CorsConfigurationSource} bean left over from before the starter
 * ({@link SecuredApplications#leftoverSpringCorsConfiguration()}): it allows the
 * starter's origin with other settings, and one origin the starter refuses. For the
 * starter's origin Spring's processor finds {@code Access-Control-Allow-Origin} already
 * set and stands aside, so the answers are the starter's, never a mix; the origins the
 * starter refuses are not its to answer, and there the leftover configuration shows
 * through: why the README says to delete such a bean.
 */
abstract class AbstractLeftoverCorsConfigurationSourceTests extends AbstractSecurityTests {

	/**
	 * The leftover configuration refuses the origin too, and Spring's processor answers
	 * 403 before authentication.
	 */
	@Override
	int refusedOriginStatus() {
		return 403;
	}

	@Test
	void originOnlyTheLeftoverConfigurationAllowsGetsItsHeadersOnActualRequests() {
		HttpResponse<String> response = http().get("/api/me", "Origin", TestController.LEGACY);
		assertThatResponse(response).hasStatus(401)
			.hasSingleHeader("Access-Control-Allow-Origin", TestController.LEGACY)
			.hasSingleHeader("Access-Control-Expose-Headers", "X-Spring")
			.hasNoDuplicateHeaders();
	}

	@Test
	void originOnlyTheLeftoverConfigurationAllowsIsRefusedOnPreflights() {
		HttpResponse<String> response = http().preflight("/api/me", TestController.LEGACY, "GET", null);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
	}

}
