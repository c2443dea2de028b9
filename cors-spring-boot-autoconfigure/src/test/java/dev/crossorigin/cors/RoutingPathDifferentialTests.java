package dev.crossorigin.cors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.conformance.RoutingPaths;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.reactive.CorsReactiveWebFilter;
import dev.crossorigin.cors.servlet.CorsServletFilter;
import jakarta.servlet.http.MappingMatch;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mapping decides a request, with Spring as the oracle: for generated spellings of
 * paths (percent-encodings, {@code ;} parameters, doubled and trailing slashes, dot
 * segments, encoded slashes, other case, non-ASCII, overlong segments) and mappings of
 * every pattern shape, the mapping the filters apply is the one Spring's own
 * {@code UrlBasedCorsConfigurationSource} picks for the same request on the same stack:
 * first match in declaration order, on the path Spring routes on.
 *
 * <p>
 * Each mapping allows one origin of its own, so the origin a filter allows names the
 * mapping it applied.
 */
class RoutingPathDifferentialTests {

	private static final List<Mapping> MAPPINGS = List.of(new Mapping("https://m0.example.com", true, "/admin/**"),
			new Mapping("https://m1.example.com", false, "/internal/**"),
			new Mapping("https://m2.example.com", true, "/files/*.txt", "/users/{id}"),
			new Mapping("https://m3.example.com", true, "/static/{*rest}", "/a?c/**"),
			new Mapping("https://m4.example.com", true, "/exact/path", "/{segment:[a-z]+}/x"),
			new Mapping("https://m5.example.com", true, "/api/v{version}/**", "/users/{id}/roles/*"));

	private static final List<String> PATHS = List.of("/admin/users", "/admin", "/internal/x", "/files/a.txt",
			"/users/42", "/users/42/roles/r1", "/static/css/site.css", "/abc/def", "/exact/path", "/foo/x",
			"/api/v2/things", "/other/thing", "/");

	@Test
	void servletFilterAppliesTheMappingSpringPicks() {
		for (List<String> topLevel : List.of(List.of("/**"), List.of("/api/**", "/files/**", "/"))) {
			Policy policy = Policy.of(topLevel);
			compare(policy, "", null, (path) -> servletRequest(path, "", null));
			compare(policy, "/ctx", null, (path) -> servletRequest(path, "/ctx", null));
			compare(policy, "", "/app", (path) -> servletRequest(path, "", "/app"));
		}
	}

	@Test
	void reactiveFilterAppliesTheMappingSpringPicks() {
		for (List<String> topLevel : List.of(List.of("/**"), List.of("/api/**", "/files/**", "/"))) {
			Policy policy = Policy.of(topLevel);
			SoftAssertions softly = new SoftAssertions();
			for (String path : spellings()) {
				for (String prefix : List.of("", "/ctx")) {
					String uri = prefix + path;
					String expected = springReactive(policy, uri, prefix);
					String actual = appliedReactive(policy, uri, prefix);
					softly.assertThat(actual)
						.as("mapping applied to %s (base path '%s')", path, prefix)
						.isEqualTo(expected);
				}
			}
			softly.assertAll();
		}
	}

	private void compare(Policy policy, String contextPath, String servletPath,
			Function<String, MockHttpServletRequest> requests) {
		SoftAssertions softly = new SoftAssertions();
		int covered = 0;
		for (String path : spellings()) {
			String uri = contextPath + ((servletPath != null) ? servletPath : "") + path;
			String expected = springServlet(policy, requests.apply(uri));
			String actual = appliedServlet(policy, () -> requests.apply(uri));
			softly.assertThat(actual)
				.as("mapping applied to %s (context path '%s', servlet path %s)", path, contextPath, servletPath)
				.isEqualTo(expected);
			covered += (expected != null) ? 1 : 0;
		}
		softly.assertAll();
		assertThat(covered).as("spellings some mapping covers").isPositive();
	}

	private static List<String> spellings() {
		List<String> spellings = new ArrayList<>();
		long seed = 42;
		for (String path : PATHS) {
			spellings.addAll(RoutingPaths.hostile(path));
			spellings.addAll(RoutingPaths.generated(path, seed++, 40));
		}
		return spellings;
	}

	private static MockHttpServletRequest servletRequest(String uri, String contextPath, String servletPath) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setContextPath(contextPath);
		if (servletPath != null) {
			request.setServletPath(servletPath);
			request.setHttpServletMapping(
					new MockHttpServletMapping(servletPath.substring(1), servletPath + "/*", "app", MappingMatch.PATH));
		}
		return request;
	}

	/**
	 * The origin of the mapping Spring picks, or {@code null} for none or a disabled one.
	 */
	private static String springServlet(Policy policy, MockHttpServletRequest request) {
		try {
			ServletRequestPathUtils.parseAndCache(request);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return originOf(policy.servletSource().getCorsConfiguration(request));
	}

	private static String springReactive(Policy policy, String uri, String basePath) {
		MockServerWebExchange exchange;
		try {
			exchange = MockServerWebExchange.from(reactiveRequest(uri, basePath));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return originOf(policy.reactiveSource().getCorsConfiguration(exchange));
	}

	private static String originOf(CorsConfiguration configuration) {
		if (configuration == null || configuration.getAllowedOrigins() == null) {
			return null;
		}
		String origin = configuration.getAllowedOrigins().get(0);
		return origin.equals(Mapping.DISABLED) ? null : origin;
	}

	/** The origin of the mapping the servlet filter applied, or {@code null}. */
	private static String appliedServlet(Policy policy, java.util.function.Supplier<MockHttpServletRequest> requests) {
		CorsServletFilter filter = new CorsServletFilter(policy.cors());
		String applied = null;
		for (String origin : policy.origins()) {
			MockHttpServletRequest request = requests.get();
			request.addHeader("Origin", origin);
			MockHttpServletResponse response = new MockHttpServletResponse();
			try {
				filter.doFilter(request, response, new MockFilterChain());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			if (origin.equals(response.getHeader("Access-Control-Allow-Origin"))) {
				assertThat(applied).as("one mapping per request").isNull();
				applied = origin;
			}
		}
		return applied;
	}

	/** The origin of the mapping the reactive filter applied, or {@code null}. */
	private static String appliedReactive(Policy policy, String uri, String basePath) {
		CorsReactiveWebFilter filter = new CorsReactiveWebFilter(policy.cors(), 0);
		String applied = null;
		for (String origin : policy.origins()) {
			MockServerWebExchange exchange;
			try {
				exchange = MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.GET, URI.create(uri))
					.contextPath(basePath)
					.header("Origin", origin));
			}
			catch (IllegalArgumentException ex) {
				// WebFlux cannot build the request, so no filter ever sees it.
				return null;
			}
			filter.filter(exchange, (e) -> Mono.empty()).block();
			if (origin.equals(exchange.getResponse().getHeaders().getFirst("Access-Control-Allow-Origin"))) {
				assertThat(applied).as("one mapping per request").isNull();
				applied = origin;
			}
		}
		return applied;
	}

	private static MockServerHttpRequest reactiveRequest(String uri, String basePath) {
		return MockServerHttpRequest.method(HttpMethod.GET, URI.create(uri)).contextPath(basePath).build();
	}

	record Mapping(String origin, boolean enabled, String... paths) {

		/** What Spring's source holds for a disabled mapping: a marker, not an origin. */
		static final String DISABLED = "https://disabled.invalid";

	}

	/**
	 * The same mappings as a {@link CorsPolicy} and as Spring's configuration sources,
	 * top level last.
	 */
	record Policy(CorsPolicy cors, org.springframework.web.cors.UrlBasedCorsConfigurationSource servletSource,
			org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource reactiveSource,
			List<String> origins) {

		static final String TOP = "https://top.example.com";

		static Policy of(List<String> topLevelPaths) {
			CorsPolicyBuilder builder = CorsPolicy.builder().paths(topLevelPaths).allowedOrigins(TOP);
			var servlet = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
			var reactive = new org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource();
			List<String> origins = new ArrayList<>();
			for (Mapping mapping : MAPPINGS) {
				builder.mapping(
						(m) -> m.paths(mapping.paths()).allowedOrigins(mapping.origin()).enabled(mapping.enabled()));
				CorsConfiguration configuration = new CorsConfiguration();
				configuration.addAllowedOrigin(mapping.enabled() ? mapping.origin() : Mapping.DISABLED);
				for (String path : mapping.paths()) {
					servlet.registerCorsConfiguration(path, configuration);
					reactive.registerCorsConfiguration(path, configuration);
				}
				origins.add(mapping.origin());
			}
			CorsConfiguration top = new CorsConfiguration();
			top.addAllowedOrigin(TOP);
			for (String path : topLevelPaths) {
				servlet.registerCorsConfiguration(path, top);
				reactive.registerCorsConfiguration(path, top);
			}
			origins.add(TOP);
			return new Policy(builder.build(), servlet, reactive, List.copyOf(origins));
		}

	}

}
