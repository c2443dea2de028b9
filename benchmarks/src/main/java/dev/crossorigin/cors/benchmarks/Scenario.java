package dev.crossorigin.cors.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.crossorigin.cors.policy.CorsHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The requests every benchmark measures, each with the policy it runs against. The
 * numbering follows {@code docs/benchmarks.md}.
 */
public enum Scenario {

	/** 1: a same-origin request, no {@code Origin} header. */
	NO_ORIGIN("GET", null, null, null, PolicyShape.ONE_ORIGIN),

	/** 2: an actual GET from the one allowed origin. */
	ALLOWED_ORIGIN("GET", Policies.requestOrigin(), null, null, PolicyShape.ONE_ORIGIN),

	/** 3: an actual GET from the last of 1,000 allowed exact origins. */
	LAST_OF_1000_ORIGINS("GET", Policies.lastOfManyOrigins(), null, null, PolicyShape.MANY_ORIGINS),

	/** 4: an actual GET matched by the last of 100 subdomain patterns. */
	LAST_OF_100_PATTERNS("GET", Policies.matchOfLastPattern(), null, null, PolicyShape.MANY_PATTERNS),

	/** 5: an accepted preflight asking for five request headers. */
	PREFLIGHT("OPTIONS", Policies.requestOrigin(), "PUT", Policies.REQUEST_HEADERS, PolicyShape.ONE_ORIGIN),

	/** 6: a preflight from an origin the policy does not allow. */
	PREFLIGHT_DISALLOWED("OPTIONS", Policies.DISALLOWED_ORIGIN, "PUT", Policies.REQUEST_HEADERS,
			PolicyShape.ONE_ORIGIN),

	/** 7: an actual GET from an origin the policy does not allow. */
	DISALLOWED_ORIGIN("GET", Policies.DISALLOWED_ORIGIN, null, null, PolicyShape.ONE_ORIGIN),

	/**
	 * 8: an actual GET from the one origin of a dynamic-origins snapshot (a
	 * {@code CorsOriginSource}); Spring has the same origin configured statically.
	 */
	SNAPSHOT_ORIGIN_OF_1("GET", Policies.snapshotOrigin(1), null, null, PolicyShape.SNAPSHOT_OF_1),

	/**
	 * 9: an actual GET from the last of 100,000 snapshot origins; Spring has the 100,000
	 * configured statically.
	 */
	SNAPSHOT_ORIGIN_OF_100000("GET", Policies.snapshotOrigin(Policies.SNAPSHOT_SIZE), null, null,
			PolicyShape.SNAPSHOT_OF_100000),

	/**
	 * 10: an actual GET from an origin only the per-request lookup (a
	 * {@code CorsOriginLookup}) allows, answered from its cache; Spring has the origin
	 * configured statically.
	 */
	LOOKUP_CACHED_HIT("GET", Policies.lookupOrigin(), null, null, PolicyShape.LOOKUP);

	/** The path every request asks for; all policies cover {@code /**}. */
	public static final String PATH = "/api/greeting";

	private final String method;

	private final @Nullable String origin;

	private final @Nullable String requestMethod;

	private final @Nullable String requestHeaders;

	private final PolicyShape policy;

	Scenario(String method, @Nullable String origin, @Nullable String requestMethod, @Nullable String requestHeaders,
			PolicyShape policy) {
		this.method = method;
		this.origin = origin;
		this.requestMethod = requestMethod;
		this.requestHeaders = requestHeaders;
		this.policy = policy;
	}

	public String method() {
		return this.method;
	}

	public @Nullable String origin() {
		return this.origin;
	}

	public @Nullable String requestMethod() {
		return this.requestMethod;
	}

	public @Nullable String requestHeaders() {
		return this.requestHeaders;
	}

	public PolicyShape policy() {
		return this.policy;
	}

	/**
	 * The request's headers, in the order both stacks' light requests get them:
	 * {@code Host}, then the CORS headers the scenario sends.
	 */
	public Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "localhost:8080");
		putIfPresent(headers, CorsHeaders.ORIGIN, this.origin);
		putIfPresent(headers, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, this.requestMethod);
		putIfPresent(headers, CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS, this.requestHeaders);
		return headers;
	}

	private static void putIfPresent(Map<String, String> headers, String name, @Nullable String value) {
		if (value != null) {
			headers.put(name, value);
		}
	}

	/**
	 * Whether the request is a preflight, which both filters answer without calling the
	 * chain.
	 */
	public boolean isPreflight() {
		return this.requestMethod != null;
	}

	/**
	 * Whether the policy allows the request, so both filters write
	 * {@code Access-Control-Allow-Origin}.
	 */
	public boolean isAllowed() {
		return this == ALLOWED_ORIGIN || this == LAST_OF_1000_ORIGINS || this == LAST_OF_100_PATTERNS
				|| this == PREFLIGHT || this.policy.isDynamic();
	}

	/**
	 * The policies of the scenarios; they differ only in the origins they allow and in
	 * where those come from.
	 */
	public enum PolicyShape {

		/** One exact origin. */
		ONE_ORIGIN,

		/** 1,000 exact origins. */
		MANY_ORIGINS,

		/** 100 subdomain patterns and no exact origin. */
		MANY_PATTERNS,

		/**
		 * No configured origin, {@code allow-dynamic-origins}, and a snapshot of one
		 * origin.
		 */
		SNAPSHOT_OF_1,

		/**
		 * No configured origin, {@code allow-dynamic-origins}, and a snapshot of 100,000
		 * origins.
		 */
		SNAPSHOT_OF_100000,

		/**
		 * No configured origin, {@code allow-dynamic-origins}, and a per-request lookup
		 * allowing one origin.
		 */
		LOOKUP;

		/** Whether the origins come from data: Spring has them configured statically. */
		public boolean isDynamic() {
			return this == SNAPSHOT_OF_1 || this == SNAPSHOT_OF_100000 || this == LOOKUP;
		}

		/** The origins of the snapshot, none for other shapes. */
		public List<String> snapshotOrigins() {
			return switch (this) {
				case SNAPSHOT_OF_1 -> Policies.snapshotOrigins(1);
				case SNAPSHOT_OF_100000 -> Policies.snapshotOrigins(Policies.SNAPSHOT_SIZE);
				default -> List.of();
			};
		}

	}

}
