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
	 * The first line of a request header that is sent once ({@code Origin},
	 * {@code Access-Control-Request-Method}), or {@code null}. The first line decides
	 * what is refused; what it would be granted, the policy reads again whole with
	 * {@link #headerList}, so that a header sent on several lines is never granted on its
	 * first.
	 */
	@Nullable String header(Q request, String name);

	/**
	 * A request header read whole: every line, in order, joined into one list as RFC 9110
	 * section 5.3 says a recipient may ({@code Access-Control-Request-Headers}, and any
	 * header whose first line would be granted something).
	 * @param request the request
	 * @param name the header name
	 * @return the joined list, or {@code null} when the header is absent
	 * @see #joinLines(Iterator)
	 */
	@Nullable String headerList(Q request, String name);

	/**
	 * The scheme the client used, once a trusted proxy's forwarded headers have been
	 * applied; with {@link #host} and {@link #port} it tells a same-origin request that
	 * carries {@code Origin} from a cross-origin one. Read for every request that carries
	 * {@code Origin}.
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
	 * applied: the one the request names, or its scheme's default when it names none (80
	 * for {@code http}, 443 for {@code https}). A reader that knows only the port the
	 * request names turns it into this one with {@link #effectivePort}; by default it is
	 * the {@link #scheme}'s default port.
	 * @param request the request
	 * @return the effective port
	 */
	default int port(Q request) {
		return effectivePort(scheme(request), -1);
	}

	/**
	 * The effective port of a request, for {@link #port}: the port it names, or the
	 * scheme's default (80 for {@code http}, 443 for {@code https}, ignoring case) when
	 * it names none. A scheme with no default port, or an unknown one, gives {@code 0}, a
	 * port no {@code Origin} names.
	 * @param scheme the request's scheme, or {@code null} when unknown
	 * @param port the port the request names, or a negative number when it names none (as
	 * {@link java.net.URI#getPort()} returns it)
	 * @return the effective port
	 */
	static int effectivePort(@Nullable String scheme, int port) {
		if (port >= 0) {
			return port;
		}
		return (scheme != null) ? OriginSyntax.defaultPort(scheme, scheme.length()) : OriginSyntax.NO_DEFAULT_PORT;
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
