package dev.crossorigin.gateway.it;

import java.net.http.HttpResponse;

import dev.crossorigin.gateway.it.support.Client;
import dev.crossorigin.gateway.it.support.Downstream;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.gateway.it.support.Client.APP;
import static dev.crossorigin.gateway.it.support.Client.EVIL;
import static dev.crossorigin.gateway.it.support.Client.corsLines;
import static dev.crossorigin.gateway.it.support.Client.varyNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets through a gateway whose routed service answers CORS too: the
 * gateway's answer alone on the paths the starter covers, the service's alone on a
 * pass-through mapping's paths. Subclasses choose the gateway's flavour.
 */
public abstract class AbstractGatewayCorsTests extends AbstractGatewayTests {

	@Test
	void routedResponseCarriesTheGatewaysCorsHeadersOnceAndNoneOfTheServices() {
		HttpResponse<String> response = client().send("GET", "/api/hello", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(Downstream.ANSWERED_BY)).hasValue("downstream");
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-origin: " + APP, "access-control-expose-headers: X-Request-Id");
		assertThat(response.headers().allValues("Vary")).containsExactly("Origin, Accept-Encoding");
		assertThat(response.body()).isEqualTo("{\"served\":\"/legacy/api/hello\"}");
	}

	@Test
	void routedResponseToAnOriginTheGatewayRefusesCarriesNoCorsHeaderThoughTheServiceAllowsIt() {
		HttpResponse<String> response = client().send("GET", "/api/hello", "Origin", EVIL);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsLines(response)).isEmpty();
		assertThat(response.headers().allValues("Vary")).containsExactly("Origin, Accept-Encoding");
	}

	@Test
	void routedResponseWithoutOriginKeepsWhatElseTheServiceVariesOn() {
		HttpResponse<String> response = client().send("GET", "/api/hello");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsLines(response)).isEmpty();
		assertThat(response.headers().allValues("Vary")).containsExactly("Origin, Accept-Encoding");
	}

	@Test
	void preflightToARoutedPathIsAnsweredAtTheEdgeAndNeverRouted() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/api/hello", APP, "PUT", trace);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-headers: content-type", "access-control-allow-methods: " + METHODS,
				"access-control-allow-origin: " + APP, "access-control-max-age: 600");
		assertThat(response.headers().allValues("Vary"))
			.containsExactly("Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
		assertThat(downstream().received(trace)).as("request the service received").isNull();
	}

	@Test
	void preflightToAPathNoRouteMatchesIsAnsweredAtTheEdge() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/nowhere/hello", APP, "PUT", trace);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(corsLines(response)).contains("access-control-allow-origin: " + APP,
				"access-control-allow-methods: " + METHODS);
		assertThat(downstream().received(trace)).isNull();
	}

	@Test
	void refusedPreflightIsAnswered403AtTheEdgeWithoutCorsHeaders() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/api/hello", EVIL, "PUT", trace);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsLines(response)).isEmpty();
		assertThat(downstream().received(trace)).isNull();
	}

	@Test
	void responseToAPathNoRouteMatchesCarriesTheGatewaysCorsHeaders() {
		HttpResponse<String> response = client().send("GET", "/nowhere/hello", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-origin: " + APP, "access-control-expose-headers: X-Request-Id");
	}

	@Test
	void passThroughPreflightIsRoutedToTheServiceAndAnsweredByIt() {
		String trace = Client.trace();
		HttpResponse<String> response = client().preflight("/legacy/hello", APP, "PATCH", trace);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(Downstream.ANSWERED_BY)).hasValue("downstream");
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-methods: GET, PATCH", "access-control-allow-origin: " + APP,
				"access-control-max-age: 5");
		Downstream.Received received = downstream().received(trace);
		assertThat(received).as("preflight the service received").isNotNull();
		assertThat(received.method()).isEqualTo("OPTIONS");
		assertThat(received.path()).isEqualTo("/hello");
		assertThat(received.header("Origin")).isEqualTo(APP);
		assertThat(received.header("Access-Control-Request-Method")).isEqualTo("PATCH");
		assertThat(received.header("Access-Control-Request-Headers")).isEqualTo("content-type");
	}

	@Test
	void passThroughResponseKeepsTheServicesCorsHeadersUntouched() {
		HttpResponse<String> response = client().send("GET", "/legacy/hello", "Origin", EVIL);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsLines(response)).containsExactly("access-control-allow-credentials: true",
				"access-control-allow-origin: " + EVIL, "access-control-expose-headers: X-Downstream");
		assertThat(varyNames(response)).containsExactly("Origin", "Accept-Encoding");
		assertThat(response.body()).isEqualTo("{\"served\":\"/hello\"}");
	}

}
