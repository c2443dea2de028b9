package dev.crossorigin.slice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the tests send and expect, matching {@code application.properties}: the origin the
 * policy allows, one it does not, and the one user Spring Security knows.
 */
final class SliceRequests {

	static final String PATH = "/api/greeting";

	static final String ALLOWED_ORIGIN = "https://app.example.com";

	static final String ALLOWED_METHODS = "GET, PUT";

	/** HTTP Basic credentials of the {@code spring.security.user.*} user. */
	static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("user:password".getBytes(StandardCharsets.UTF_8));

	private SliceRequests() {
	}

}
