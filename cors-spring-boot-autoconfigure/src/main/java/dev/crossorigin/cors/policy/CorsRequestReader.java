package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * How the policy reads the facts it needs from a stack's request type. Implementations are stateless singletons,
 * so passing one costs nothing; headers are read only when the decision needs them.
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

}
