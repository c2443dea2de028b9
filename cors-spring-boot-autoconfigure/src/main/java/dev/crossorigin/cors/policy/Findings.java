package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a decision found, in the detail an explanation gives: the mapping that decided,
 * the request values it read, and for a rejection exactly what was refused and which
 * limit was passed. The decision records them as it goes only when it is given a
 * {@code Findings} ({@link CorsPolicy#explain}); on the request path it is given none, so
 * deciding allocates nothing. {@link Explanation} renders what is recorded here and works
 * nothing out again.
 */
final class Findings {

	/** The mapping that covered the request, if one did. */
	@Nullable CorsMapping mapping;

	/** The request's {@code Origin}, if it had one. */
	@Nullable String origin;

	/** A preflight's {@code Access-Control-Request-Method}. */
	@Nullable String requestMethod;

	/** A preflight's {@code Access-Control-Request-Headers}, its lines joined. */
	@Nullable String requestHeaders;

	/** What was malformed, for a {@link CorsDecision.Reason#MALFORMED} rejection. */
	@Nullable Malformed malformed;

	/** The requested header names the mapping does not allow, in request order. */
	final List<String> refusedHeaders = new ArrayList<>();

	/**
	 * Records what made a request malformed, when findings are recorded.
	 * @return {@link CorsDecision.Reason#MALFORMED}, for the caller to return
	 */
	static CorsDecision.Reason malformed(@Nullable Findings findings, Malformed what) {
		if (findings != null) {
			findings.malformed = what;
		}
		return CorsDecision.Reason.MALFORMED;
	}

	/** What made a request malformed. */
	enum Malformed {

		/** The {@code Origin} is not a serialised origin. */
		ORIGIN,

		/** {@code Access-Control-Request-Method} is not a method token. */
		REQUEST_METHOD,

		/**
		 * {@code Access-Control-Request-Headers} is longer than
		 * {@link RequestHeaderList#MAX_LENGTH}.
		 */
		REQUEST_HEADERS_LENGTH,

		/**
		 * {@code Access-Control-Request-Headers} has more names than
		 * {@link RequestHeaderList#MAX_COUNT}.
		 */
		REQUEST_HEADERS_COUNT,

		/**
		 * An element of {@code Access-Control-Request-Headers} is not one header name.
		 */
		REQUEST_HEADERS_ELEMENT

	}

}
