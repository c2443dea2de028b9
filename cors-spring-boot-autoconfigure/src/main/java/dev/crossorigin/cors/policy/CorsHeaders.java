package dev.crossorigin.cors.policy;

/**
 * Names of the headers of the CORS protocol, as the engine writes them.
 */
public final class CorsHeaders {

	// What a request says about itself

	public static final String ORIGIN = "Origin";

	public static final String ACCESS_CONTROL_REQUEST_METHOD = "Access-Control-Request-Method";

	public static final String ACCESS_CONTROL_REQUEST_HEADERS = "Access-Control-Request-Headers";

	public static final String ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";

	/** The request headers every preflight answer depends on. */
	static final String VARY_PREFLIGHT = ORIGIN + ", " + ACCESS_CONTROL_REQUEST_METHOD + ", "
			+ ACCESS_CONTROL_REQUEST_HEADERS;

	// What the answer says

	public static final String VARY = "Vary";

	public static final String ACCESS_CONTROL_ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	public static final String ACCESS_CONTROL_ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

	public static final String ACCESS_CONTROL_ALLOW_METHODS = "Access-Control-Allow-Methods";

	public static final String ACCESS_CONTROL_ALLOW_HEADERS = "Access-Control-Allow-Headers";

	public static final String ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";

	public static final String ACCESS_CONTROL_EXPOSE_HEADERS = "Access-Control-Expose-Headers";

	public static final String ACCESS_CONTROL_MAX_AGE = "Access-Control-Max-Age";

	private CorsHeaders() {
	}

}
