package dev.crossorigin.cors.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.cors.benchmarks.Scenario.PolicyShape;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.DynamicOrigins;

import org.springframework.web.cors.CorsConfiguration;

/**
 * The same policy written twice: as our {@link CorsPolicy} and as Spring's
 * {@link CorsConfiguration}, so that both filters do the same job.
 */
public final class Policies {

	public static final String ORIGIN = "https://app.example.com";

	public static final String DISALLOWED_ORIGIN = "https://evil.example.net";

	/** Five names, as a browser sends them: lowercase, sorted, comma-separated. */
	public static final String REQUEST_HEADERS = "authorization,content-type,x-request-id,x-tenant-id,x-trace-id";

	static final int ORIGIN_COUNT = 1000;

	static final int PATTERN_COUNT = 100;

	/** The origins of the large dynamic-origins snapshot. */
	static final int SNAPSHOT_SIZE = 100_000;

	/** The one origin the per-request lookup allows. */
	public static final String LOOKUP_ORIGIN = "https://shop.customer.example";

	static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

	static final List<String> ALLOWED_HEADERS = List.of("Content-Type", "Authorization", "X-Request-Id", "X-Tenant-Id",
			"X-Trace-Id", "Accept-Language", "If-Match", "X-Csrf-Token");

	static final List<String> EXPOSED_HEADERS = List.of("X-Request-Id");

	static final long MAX_AGE = 3600;

	private Policies() {
	}

	/**
	 * The allowed origin as a request carries it: equal to the configured one but another
	 * instance, as a server makes a new string per request, so that no filter gets to
	 * compare it by identity.
	 */
	static String requestOrigin() {
		return new String(ORIGIN);
	}

	static String lastOfManyOrigins() {
		return manyOrigins().get(ORIGIN_COUNT - 1);
	}

	static String matchOfLastPattern() {
		return "https://app.tenant-" + PATTERN_COUNT + ".example.com";
	}

	static List<String> manyOrigins() {
		List<String> origins = new ArrayList<>(ORIGIN_COUNT);
		for (int i = 1; i <= ORIGIN_COUNT; i++) {
			origins.add("https://app-" + i + ".example.com");
		}
		return origins;
	}

	/**
	 * The n-th origin of a snapshot, as a request carries it (a string of its own).
	 */
	static String snapshotOrigin(int n) {
		return "https://tenant-" + n + ".example.com";
	}

	/** A snapshot's origins: {@code https://tenant-1.example.com} to the n-th. */
	static List<String> snapshotOrigins(int count) {
		List<String> origins = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			origins.add(snapshotOrigin(i));
		}
		return origins;
	}

	/** The origin the lookup allows, as a request carries it. */
	static String lookupOrigin() {
		return new String(LOOKUP_ORIGIN);
	}

	static List<String> manyPatterns() {
		List<String> patterns = new ArrayList<>(PATTERN_COUNT);
		for (int i = 1; i <= PATTERN_COUNT; i++) {
			patterns.add("https://*.tenant-" + i + ".example.com");
		}
		return patterns;
	}

	/**
	 * Our policy of a shape, for {@code /**}, built in code as the engine benchmarks use
	 * it: with its snapshot compiled in, as the starter compiles a
	 * {@code CorsOriginSource}'s origins; the lookup is the caller's.
	 */
	public static CorsPolicy corsPolicy(PolicyShape shape) {
		CorsPolicyBuilder builder = CorsPolicy.builder()
			.allowedMethods(METHODS)
			.allowedHeaders(ALLOWED_HEADERS)
			.exposedHeaders(EXPOSED_HEADERS)
			.allowCredentials(true)
			.maxAge(Duration.ofSeconds(MAX_AGE));
		switch (shape) {
			case ONE_ORIGIN -> builder.allowedOrigins(ORIGIN);
			case MANY_ORIGINS -> builder.allowedOrigins(manyOrigins());
			case MANY_PATTERNS -> builder.allowedOriginPatterns(manyPatterns());
			case SNAPSHOT_OF_1, SNAPSHOT_OF_100000, LOOKUP -> builder.allowDynamicOrigins(true);
		}
		CorsPolicy policy = builder.build();
		return shape.snapshotOrigins().isEmpty() ? policy
				: policy.withDynamicOrigins(DynamicOrigins.compile(shape.snapshotOrigins(), List.of()));
	}

	/**
	 * The same policy as {@code cors.*} properties, for the auto-configuration; the
	 * snapshot and the lookup are beans of the application's.
	 */
	public static Map<String, Object> properties(PolicyShape shape) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cors.allowed-methods", String.join(",", METHODS));
		properties.put("cors.allowed-headers", String.join(",", ALLOWED_HEADERS));
		properties.put("cors.exposed-headers", String.join(",", EXPOSED_HEADERS));
		properties.put("cors.allow-credentials", "true");
		properties.put("cors.max-age", MAX_AGE + "s");
		switch (shape) {
			case ONE_ORIGIN -> properties.put("cors.allowed-origins", ORIGIN);
			case MANY_ORIGINS -> properties.put("cors.allowed-origins", String.join(",", manyOrigins()));
			case MANY_PATTERNS -> properties.put("cors.allowed-origin-patterns", String.join(",", manyPatterns()));
			case SNAPSHOT_OF_1, SNAPSHOT_OF_100000, LOOKUP -> properties.put("cors.allow-dynamic-origins", "true");
		}
		return properties;
	}

	/** Spring's configuration of a shape, to register for {@code /**}. */
	public static CorsConfiguration springConfiguration(PolicyShape shape) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedMethods(METHODS);
		configuration.setAllowedHeaders(ALLOWED_HEADERS);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(MAX_AGE);
		switch (shape) {
			case ONE_ORIGIN -> configuration.setAllowedOrigins(List.of(ORIGIN));
			case MANY_ORIGINS -> configuration.setAllowedOrigins(manyOrigins());
			case MANY_PATTERNS -> configuration.setAllowedOriginPatterns(manyPatterns());
			// Spring has no dynamic origins: the same origins, configured statically.
			case SNAPSHOT_OF_1, SNAPSHOT_OF_100000 -> configuration.setAllowedOrigins(shape.snapshotOrigins());
			case LOOKUP -> configuration.setAllowedOrigins(List.of(LOOKUP_ORIGIN));
		}
		return configuration;
	}

}
