package dev.crossorigin.cors.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DownstreamCorsHeaders}.
 */
class DownstreamCorsHeadersTests {

	@Test
	void everyAccessControlHeaderOfTheServiceIsDroppedWhateverItsCase() {
		HttpHeaders downstream = new HttpHeaders();
		downstream.add("Access-Control-Allow-Origin", "*");
		downstream.add("access-control-allow-credentials", "true");
		downstream.add("ACCESS-CONTROL-EXPOSE-HEADERS", "X-Downstream");
		downstream.add("Access-Control-Allow-Private-Network", "true");
		downstream.add("Content-Type", "application/json");
		assertThat(DownstreamCorsHeaders.withoutCorsAndVary(downstream).toSingleValueMap())
			.containsOnlyKeys("Content-Type");
	}

	@Test
	void otherHeadersArePassedOnWithEveryValue() {
		HttpHeaders downstream = new HttpHeaders();
		downstream.add("Set-Cookie", "a=1");
		downstream.add("Set-Cookie", "b=2");
		downstream.add("Vary", "Accept-Encoding");
		HttpHeaders kept = DownstreamCorsHeaders.withoutCorsAndVary(downstream);
		assertThat(kept.getValuesAsList("Set-Cookie")).containsExactly("a=1", "b=2");
		assertThat(kept.getValuesAsList("Vary")).isEmpty();
	}

	@Test
	void varyKeepsTheStartersNamesThenTheServicesOtherNamesOnce() {
		assertThat(DownstreamCorsHeaders.mergedVary(List.of("Origin"), List.of("origin, Accept-Encoding", "Accept")))
			.isEqualTo("Origin, Accept-Encoding, Accept");
	}

	@Test
	void varyDropsTheCorsRequestHeadersTheServiceVariedOn() {
		assertThat(
				DownstreamCorsHeaders.mergedVary(List.of(),
						List.of("Origin, Access-Control-Request-Method, access-control-request-headers",
								"Access-Control-Request-Private-Network, Accept-Encoding")))
			.isEqualTo("Accept-Encoding");
	}

	@Test
	void varyIsNoneWhenOnlyTheServiceVariedAndOnlyOnCorsRequestHeaders() {
		assertThat(DownstreamCorsHeaders.mergedVary(List.of(), List.of("Origin"))).isNull();
	}

	@Test
	void varyIsTheStartersWhenTheServiceSetsNone() {
		assertThat(DownstreamCorsHeaders.mergedVary(List.of("Origin"), List.of())).isEqualTo("Origin");
	}

	@Test
	void varyOnEverythingFromEitherSideWins() {
		assertThat(DownstreamCorsHeaders.mergedVary(List.of("Origin"), List.of("*"))).isEqualTo("*");
	}

}
