package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * The request facts a CORS decision depends on, as plain values: for tests, tools and
 * anything that is not a web stack. The filters read the same facts through
 * {@link CorsRequestReader} without copying them.
 *
 * @param method the request method
 * @param path the path within the application as the client sent it: percent-encoded,
 * possibly with {@code ;} parameters, without the query; the decision reads it as
 * Spring's routing does (see {@link CorsRequestReader#path})
 * @param origin the {@code Origin} header
 * @param requestMethod the {@code Access-Control-Request-Method} header
 * @param requestHeaders the {@code Access-Control-Request-Headers} header, its lines
 * joined with {@code ", "}
 * @param requestPrivateNetwork the {@code Access-Control-Request-Private-Network} header
 */
public record CorsRequest(String method, String path, @Nullable String origin, @Nullable String requestMethod,
		@Nullable String requestHeaders, @Nullable String requestPrivateNetwork) {

	/** Reads a {@link CorsRequest}. */
	public static final CorsRequestReader<CorsRequest> READER = new CorsRequestReader<>() {

		@Override
		public String method(CorsRequest request) {
			return request.method();
		}

		@Override
		public @Nullable PathContainer path(CorsRequest request) {
			return PathMatcher.parse(request.path());
		}

		@Override
		public @Nullable String header(CorsRequest request, String name) {
			return switch (name) {
				case CorsHeaders.ORIGIN -> request.origin();
				case CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD -> request.requestMethod();
				case CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS -> request.requestHeaders();
				case CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK -> request.requestPrivateNetwork();
				default -> null;
			};
		}

		@Override
		public @Nullable String headerList(CorsRequest request, String name) {
			return header(request, name);
		}

	};

	/** A request without CORS headers. */
	public static CorsRequest of(String method, String path) {
		return new CorsRequest(method, path, null, null, null, null);
	}

	/** An actual request from an origin. */
	public static CorsRequest actual(String method, String path, String origin) {
		return new CorsRequest(method, path, origin, null, null, null);
	}

	/** A preflight. */
	public static CorsRequest preflight(String path, String origin, String requestMethod,
			@Nullable String requestHeaders) {
		return new CorsRequest("OPTIONS", path, origin, requestMethod, requestHeaders, null);
	}

}
