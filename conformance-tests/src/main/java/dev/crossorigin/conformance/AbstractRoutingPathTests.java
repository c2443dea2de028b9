package dev.crossorigin.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's request routing is the oracle for which mapping decides a request: whatever a
 * client's spelling of a path, the handler Spring routes it to must get the CORS answer
 * of the mapping that covers the handler's path. Subclasses choose the stack and server
 * with {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = POLICY)} and
 * serve {@link RoutingPathController}, optionally under a context or base path
 * ({@code server.servlet.context-path} or {@code spring.webflux.base-path}).
 *
 * <p>
 * The policy ({@code conformance/routing.yml}) gives every mapping its own allowed
 * origin, so the origin a response allows names the mapping that decided it.
 */
public abstract class AbstractRoutingPathTests {

	/** Loads the routing policy instead of the application's own configuration. */
	public static final String POLICY = "spring.config.location=classpath:/conformance/routing.yml";

	static final String APP = "https://app.example.com";

	static final String ADMIN = "https://admin.example.com";

	static final String FILES = "https://files.example.com";

	private static final List<String> ORIGINS = List.of(APP, ADMIN, FILES);

	/**
	 * The origin each route's mapping allows; {@code internal} is under a disabled one.
	 */
	private static final Map<String, String> ORIGIN_OF_ROUTE = Map.of("admin", ADMIN, "files", FILES, "top", APP);

	private static final Pattern ROUTE = Pattern.compile("\"route\":\"(\\w+)\"");

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	private int port;

	/**
	 * The context path (servlet) or base path (WebFlux) the application is served under,
	 * such as {@code /ctx}, or the empty string.
	 */
	@Value("${server.servlet.context-path:${spring.webflux.base-path:}}")
	private String prefix;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin/users", "/%61dmin/users", "/admin;x=1/users", "/adm%69n;jsessionid=1/users" })
	void stricterMappingCannotBeBypassedBySpellingItsPathAnotherWay(String path) throws Exception {
		HttpResponse<String> fromApp = get(this.prefix + path, APP);
		assertThat(route(fromApp)).as("Spring routes %s to the admin handler", path).isEqualTo("admin");
		assertThat(fromApp.headers().allValues("Access-Control-Allow-Origin")).as("ACAO for the top level's origin")
			.isEmpty();
		assertThat(fromApp.headers().allValues("Access-Control-Allow-Credentials")).isEmpty();
		HttpResponse<String> fromAdmin = get(this.prefix + path, ADMIN);
		assertThat(fromAdmin.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ADMIN);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/internal/x", "/%69nternal/x", "/internal;x=1/x" })
	void disabledMappingCannotBeSkippedBySpellingItsPathAnotherWay(String path) throws Exception {
		HttpResponse<String> response = get(this.prefix + path, APP);
		assertThat(route(response)).isEqualTo("internal");
		assertThat(ResponseHeaders.cors(response.headers())).isEmpty();
	}

	@Test
	void everySpellingThatReachesAHandlerGetsTheAnswerOfTheMappingCoveringThatHandler() throws Exception {
		List<String> spellings = new ArrayList<>();
		long seed = 20261129;
		for (String path : List.of("/admin/users", "/internal/x", "/files/report.txt", "/users/42", "/api/things")) {
			// The context or base path is sent as it is: Spring itself answers 500 when
			// it is spelled another way (RequestPath cannot strip it).
			RoutingPaths.hostile(path).forEach((spelling) -> spellings.add(this.prefix + spelling));
			RoutingPaths.generated(path, seed++, 40).forEach((spelling) -> spellings.add(this.prefix + spelling));
		}
		SoftAssertions softly = new SoftAssertions();
		int reached = 0;
		for (String spelling : spellings) {
			for (String origin : ORIGINS) {
				HttpResponse<String> response = get(spelling, origin);
				softly.assertThat(response.statusCode()).as("status of %s", spelling).isLessThan(500);
				String route = route(response);
				if (route == null) {
					continue;
				}
				reached++;
				List<String> allowed = response.headers().allValues("Access-Control-Allow-Origin");
				if (origin.equals(ORIGIN_OF_ROUTE.get(route))) {
					softly.assertThat(allowed)
						.as("%s from %s (route %s)", spelling, origin, route)
						.containsExactly(origin);
				}
				else {
					softly.assertThat(allowed).as("%s from %s (route %s)", spelling, origin, route).isEmpty();
				}
				if (route.equals("internal")) {
					softly.assertThat(ResponseHeaders.cors(response.headers()))
						.as("%s under a disabled mapping", spelling)
						.isEmpty();
				}
			}
		}
		softly.assertAll();
		// The spellings must exercise the rule: most reach a handler, some do not.
		assertThat(reached).isGreaterThan(spellings.size());
	}

	private HttpResponse<String> get(String path, String origin) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Origin", origin)
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String route(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return null;
		}
		Matcher matcher = ROUTE.matcher(response.body());
		return matcher.find() ? matcher.group(1) : null;
	}

}
