package dev.crossorigin.slice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

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

	/** A {@code GET} from the allowed origin, through MockMvc. */
	static MockMvcRequestBuilder actual(MockMvcTester mvc) {
		return mvc.get().uri(PATH).header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN);
	}

	/** A preflight for a {@code PUT} from the allowed origin, through MockMvc. */
	static MockMvcRequestBuilder preflight(MockMvcTester mvc) {
		return mvc.options()
			.uri(PATH)
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT");
	}

	/** A {@code GET} from the allowed origin, through a {@link WebTestClient}. */
	static WebTestClient.RequestHeadersSpec<?> actual(WebTestClient client) {
		return client.get().uri(PATH).header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN);
	}

	/**
	 * A preflight for a {@code PUT} from the allowed origin, through a
	 * {@link WebTestClient}.
	 */
	static WebTestClient.RequestHeadersSpec<?> preflight(WebTestClient client) {
		return client.method(HttpMethod.OPTIONS)
			.uri(PATH)
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT");
	}

}
