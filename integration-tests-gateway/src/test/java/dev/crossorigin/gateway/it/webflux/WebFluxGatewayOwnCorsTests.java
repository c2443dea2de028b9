package dev.crossorigin.gateway.it.webflux;

import java.net.http.HttpResponse;

import dev.crossorigin.gateway.it.support.Client;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dev.crossorigin.gateway.it.support.Client.APP;
import static dev.crossorigin.gateway.it.support.Client.corsLines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebFlux gateway's own CORS configuration beside the starter's: reported at
 * start-up, and the starter answers on the paths it covers.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebFluxGatewayOwnCorsTests {

	private static final String OTHER = "https://other.example";

	@Test
	void globalCorsOfTheGatewayIsReportedOnceAndTheStarterAnswers(CapturedOutput output) {
		try (Downstream downstream = Downstream.start();
				Gateway gateway = Gateway.start(WebFluxGatewayApplication.class, WebApplicationType.REACTIVE,
						downstream,
						"spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/**].allowed-origins="
								+ OTHER,
						"spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/**].allowed-methods=*")) {
			assertThat(output).containsOnlyOnce("two CORS layers are configured on this gateway")
				.contains("WARN")
				.contains("remove spring.cloud.gateway.server.webflux.globalcors.cors-configurations,");
			HttpResponse<String> response = new Client(gateway.port()).preflight("/api/hello", APP, "PUT",
					Client.trace());
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(corsLines(response)).contains("access-control-allow-origin: " + APP,
					"access-control-max-age: 600");
		}
	}

}
