package dev.crossorigin.cors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code Access-Control-Request-Headers} is read, with Spring as the oracle: sent on
 * one or several lines, the names a filter checks and echoes are the names Spring's
 * {@link HttpHeaders#getAccessControlRequestHeaders()} reads from the same request, on
 * both stacks. The starter is stricter than Spring in one documented way: a list with an
 * empty element, which Spring skips, is rejected as malformed.
 */
class RequestHeaderListDifferentialTests {

	private static final String APP = "https://app.example.com";

	private static final List<String> ALLOWED = List.of("content-type", "x-request-id", "authorization", "x-a");

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("PUT")
		.allowedHeaders(ALLOWED)
		.build();

	private static final String[] NAMES = { "Content-Type", "content-type", "X-Request-Id", "authorization", "x-a",
			"x-b", "X-Custom" };

	private static final String[] SEPARATORS = { ",", ", ", " ,", " , ", ",\t", ",,", ", ," };

	@Test
	void servletFilterReadsEveryLineAsSpringDoes() {
		SoftAssertions softly = new SoftAssertions();
		for (List<String> lines : generated()) {
			MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/things");
			request.addHeader("Origin", APP);
			request.addHeader("Access-Control-Request-Method", "PUT");
			lines.forEach((line) -> request.addHeader("Access-Control-Request-Headers", line));
			List<String> spring = new ServletServerHttpRequest(request).getHeaders().getAccessControlRequestHeaders();
			MockHttpServletResponse response = new MockHttpServletResponse();
			run(() -> new CorsServletFilter(POLICY).doFilter(request, response, new MockFilterChain()));
			check(softly, lines, spring, response.getStatus(), response.getHeader("Access-Control-Allow-Headers"));
		}
		softly.assertAll();
	}

	@Test
	void reactiveFilterReadsEveryLineAsSpringDoes() {
		SoftAssertions softly = new SoftAssertions();
		for (List<String> lines : generated()) {
			MockServerHttpRequest request = MockServerHttpRequest.options("/api/things")
				.header("Origin", APP)
				.header("Access-Control-Request-Method", "PUT")
				.header("Access-Control-Request-Headers", lines.toArray(String[]::new))
				.build();
			List<String> spring = request.getHeaders().getAccessControlRequestHeaders();
			MockServerWebExchange exchange = MockServerWebExchange.from(request);
			new CorsReactiveWebFilter(POLICY, 0).filter(exchange, (e) -> Mono.empty()).block();
			HttpHeaders headers = exchange.getResponse().getHeaders();
			check(softly, lines, spring, exchange.getResponse().getStatusCode().value(),
					headers.getFirst("Access-Control-Allow-Headers"));
		}
		softly.assertAll();
	}

	private static void check(SoftAssertions softly, List<String> lines, List<String> spring, int status,
			String allowHeaders) {
		boolean hasEmptyElement = String.join(",", lines).replace(" ", "").replace("\t", "").contains(",,")
				|| lines.stream()
					.anyMatch((line) -> line.isBlank() || line.strip().startsWith(",") || line.strip().endsWith(","));
		boolean allAllowed = spring.stream().allMatch((name) -> ALLOWED.contains(name.toLowerCase(Locale.ROOT)));
		if (hasEmptyElement || !allAllowed) {
			softly.assertThat(status).as("%s (Spring reads %s)", lines, spring).isEqualTo(403);
			return;
		}
		softly.assertThat(status).as("%s (Spring reads %s)", lines, spring).isEqualTo(204);
		if (allowHeaders != null) {
			softly.assertThat(Arrays.stream(allowHeaders.split(",")).map(String::strip).toList())
				.as("names echoed for %s", lines)
				.isEqualTo(spring);
		}
		else {
			softly.assertThat(spring).as("no name echoed for %s", lines).isEmpty();
		}
	}

	/** Lists of one to four lines, each of one to three names, from a seed. */
	private static List<List<String>> generated() {
		Random random = new Random(7);
		List<List<String>> all = new ArrayList<>();
		all.add(List.of("content-type", "x-request-id"));
		all.add(List.of("content-type", "x-custom"));
		all.add(List.of("x-custom", "content-type"));
		all.add(List.of("content-type", ""));
		for (int i = 0; i < 1000; i++) {
			List<String> lines = new ArrayList<>();
			int count = 1 + random.nextInt(4);
			for (int l = 0; l < count; l++) {
				StringBuilder line = new StringBuilder();
				int names = 1 + random.nextInt(3);
				for (int n = 0; n < names; n++) {
					if (n > 0) {
						line.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
					}
					line.append(NAMES[random.nextInt(NAMES.length)]);
				}
				if (random.nextInt(20) == 0) {
					line.append(',');
				}
				lines.add(line.toString());
			}
			all.add(lines);
		}
		return all;
	}

	private static void run(ThrowingRunnable runnable) {
		try {
			runnable.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
