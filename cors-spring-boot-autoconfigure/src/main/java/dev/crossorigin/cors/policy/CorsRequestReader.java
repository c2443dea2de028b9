package dev.crossorigin.cors.policy;

import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;

/**
 * How the policy reads the facts it needs from a stack's request type. Implementations
 * are stateless singletons, so passing one costs nothing; each fact is read only when the
 * decision needs it.
 *
 * @param <Q> the request type
 */
public interface CorsRequestReader<Q> {

	/** The request method, exactly as sent. */
	String method(Q request);

	/**
	 * The path Spring's request routing matches handlers against: the
	 * {@link RequestPath#pathWithinApplication()} of the request, with percent-decoded
	 * segments, {@code ;} parameters removed, and the context path (servlet) or base path
	 * (WebFlux) stripped. Mappings are chosen on it, so a request reaches a handler under
	 * exactly the mapping that covers the handler's path, however the client spelled it.
	 * Read only when the policy's mappings depend on the path: {@code /**} alone matches
	 * every origin-form path (empty or starting with {@code /}), the only form a server
	 * hands to a filter.
	 * @param request the request
	 * @return the path, or {@code null} when Spring cannot parse it (a broken
	 * percent-encoding, which servers refuse before any filter runs), in which case no
	 * mapping covers the request; a policy whose only paths are {@code /**} does not read
	 * the path and covers it all the same
	 */
	@Nullable PathContainer path(Q request);

	/**
	 * A request header that is sent once ({@code Origin},
	 * {@code Access-Control-Request-Method}): its first value, or {@code null}.
	 */
	@Nullable String header(Q request, String name);

	/**
	 * A request header whose value is a comma-separated list and may therefore arrive on
	 * several lines ({@code Access-Control-Request-Headers}): every line, in order,
	 * joined into one list as RFC 9110 section 5.3 says a recipient may.
	 * @param request the request
	 * @param name the header name
	 * @return the joined list, or {@code null} when the header is absent
	 * @see #joinLines(Iterator)
	 */
	@Nullable String headerList(Q request, String name);

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

	/**
	 * Joins the lines of a list-valued header for {@link #headerList}: a single line is
	 * returned as it is, several are joined with {@code ", "}, so that an empty line
	 * stays visible as an empty list element.
	 * @param lines the header's lines, in the order received
	 * @return the joined list, or {@code null} when there is no line
	 */
	static @Nullable String joinLines(Iterator<String> lines) {
		if (!lines.hasNext()) {
			return null;
		}
		String first = lines.next();
		if (!lines.hasNext()) {
			return first;
		}
		StringBuilder joined = new StringBuilder(first);
		while (lines.hasNext()) {
			joined.append(", ").append(lines.next());
		}
		return joined.toString();
	}

}
