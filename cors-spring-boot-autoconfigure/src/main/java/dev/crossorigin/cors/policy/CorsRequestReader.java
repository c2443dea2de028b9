package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * How the policy reads the facts it needs from a stack's request type. Implementations
 * are stateless singletons, so passing one costs nothing; headers are read only when the
 * decision needs them.
 *
 * @param <Q> the request type
 */
public interface CorsRequestReader<Q> {

	/** The request method, exactly as sent. */
	String method(Q request);

	/** The request path within the application, not decoded, without query. */
	String path(Q request);

	/** The first value of a request header, or {@code null}. */
	@Nullable String header(Q request, String name);

	/**
	 * The scheme the client used, once a trusted proxy's forwarded headers have been
	 * applied; with {@link #host} and {@link #port} it tells a same-origin request that
	 * carries {@code Origin} from a cross-origin one. Read only when the origin is not
	 * allowed.
	 * @param request the request
	 * @return the scheme, or {@code null} when unknown, and then no request is taken for
	 * same-origin
	 */
	default @Nullable String scheme(Q request) {
		return null;
	}

	/**
	 * The host the client addressed (name or IP address), once a trusted proxy's
	 * forwarded headers have been applied.
	 * @param request the request
	 * @return the host, or {@code null} when unknown
	 */
	default @Nullable String host(Q request) {
		return null;
	}

	/**
	 * The port the client addressed, once a trusted proxy's forwarded headers have been
	 * applied.
	 * @param request the request
	 * @return the port, or a negative number for the scheme's default port (or when
	 * unknown)
	 */
	default int port(Q request) {
		return -1;
	}

}
