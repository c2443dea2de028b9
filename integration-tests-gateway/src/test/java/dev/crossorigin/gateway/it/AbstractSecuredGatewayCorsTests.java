package dev.crossorigin.gateway.it;

import java.net.http.HttpResponse;

import dev.crossorigin.gateway.it.support.Client;
import dev.crossorigin.gateway.it.support.Downstream;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.gateway.it.support.Client.APP;
import static dev.crossorigin.gateway.it.support.Client.corsLines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway that Spring Security protects with HTTP Basic on {@code /api/**} (everything
 * else open): preflights never meet authentication, and a 401 is readable by the script.
 * Subclasses choose the gateway's flavour and set {@code it.secured=true}.
 */
public abstract class AbstractSecuredGatewayCorsTests extends AbstractGatewayTests {

	@Test
	void preflightToASecuredRouteIsAnsweredWithoutMeetingAuthentication() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/api/hello", APP, "PUT", trace);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(corsLines(response)).contains("access-control-allow-origin: " + APP,
				"access-control-allow-methods: " + METHODS);
		assertThat(downstream().received(trace)).isNull();
	}

	@Test
	void unauthenticatedRequestIsRefused401WithTheGatewaysCorsHeadersSoTheScriptCanReadIt() {
		String trace = Client.trace();
		HttpResponse<String> response = client().send("GET", "/api/hello", "Origin", APP, Downstream.TRACE, trace);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-origin: " + APP, "access-control-expose-headers: X-Request-Id");
		assertThat(downstream().received(trace)).isNull();
	}

	@Test
	void authenticatedRequestIsRoutedAndAnsweredWithOneSetOfCorsHeaders() {
		HttpResponse<String> response = client().send("GET", "/api/hello", "Origin", APP, "Authorization",
				Client.basic(USER, PASSWORD));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-origin: " + APP, "access-control-expose-headers: X-Request-Id");
		assertThat(response.headers().allValues("Vary")).containsExactly("Origin, Accept-Encoding");
	}

	@Test
	void passThroughPreflightToAnOpenRouteIsAnsweredByTheService() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/legacy/hello", APP, "PATCH", trace);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(Downstream.ANSWERED_BY)).hasValue("downstream");
		assertThat(downstream().received(trace)).isNotNull();
	}

}
