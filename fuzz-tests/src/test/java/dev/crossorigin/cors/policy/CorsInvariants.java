package dev.crossorigin.cors.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsDecision.Type;
import dev.crossorigin.cors.policy.CorsResult;
import org.jspecify.annotations.Nullable;

import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static dev.crossorigin.cors.policy.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static dev.crossorigin.cors.policy.CorsHeaders.VARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The promises the engine keeps for every request, however hostile, asserted on one
 * decision: nothing thrown, the decision the {@link ReferenceModel} expects,
 * {@code Access-Control-Allow-Origin} only ever {@code *} for an any-origin policy
 * without credentials or the request's own allowed origin, never {@code *} with
 * credentials, only valid header values, and no {@code Access-Control-*} header at all on
 * a rejection.
 */
final class CorsInvariants {

	private static final String VARY_PREFLIGHT = "Origin, " + CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD + ", "
			+ CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS;

	private static final Set<String> HEADER_NAMES = Set.of(VARY, ACCESS_CONTROL_ALLOW_ORIGIN,
			ACCESS_CONTROL_ALLOW_CREDENTIALS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_HEADERS,
			ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK, ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE);

	/** What an explanation says, by the decision it explains. */
	private static final Map<Type, String> EXPLAINED = Map.of(Type.NOT_COVERED, "is not covered by an enabled mapping",
			Type.NOT_CORS, "; not a CORS request", Type.PREFLIGHT_ACCEPTED, "CORS preflight accepted: ",
			Type.PREFLIGHT_REJECTED, "CORS preflight rejected: ", Type.ACTUAL_ALLOWED, "CORS request allowed: ",
			Type.ACTUAL_REJECTED, "CORS request from a disallowed origin");

	private CorsInvariants() {
	}

	/**
	 * Decides for a request and asserts every invariant on the outcome.
	 * @param policy the policy
	 * @param request the request
	 * @return the outcome
	 */
	static CorsResult evaluate(CorsPolicy policy, CorsRequest request) {
		CorsResult result = policy.evaluate(request);
		assertHold(policy, request, result);
		return result;
	}

	static void assertHold(CorsPolicy policy, CorsRequest request, CorsResult result) {
		Map<String, String> headers = result.headers();
		assertThat(HEADER_NAMES).as("header names written").containsAll(headers.keySet());
		headers.forEach((name, value) -> assertThat(isFieldValue(value))
			.as(() -> name + ": '" + printable(value) + "' is a valid header value")
			.isTrue());
		CorsMapping mapping = SpringRouting.mappingFor(policy.mappings(), request.path());
		Type type = result.decision().type();
		assertThat(type).as(() -> "decision for " + printable(request.toString()))
			.isEqualTo(ReferenceModel.decide(mapping, request));
		assertThat(result.decision().reason() != null)
			.isEqualTo(type == Type.PREFLIGHT_REJECTED || type == Type.ACTUAL_REJECTED);
		String allowOrigin = headers.get(ACCESS_CONTROL_ALLOW_ORIGIN);
		if (allowOrigin != null) {
			assertThat(mapping).isNotNull();
			assertAllowOrigin(mapping, request, allowOrigin);
		}
		if (headers.containsKey(ACCESS_CONTROL_ALLOW_CREDENTIALS)) {
			assertThat(allowOrigin).as("Access-Control-Allow-Origin with credentials").isNotNull().isNotEqualTo("*");
		}
		switch (type) {
			case NOT_COVERED -> assertThat(headers).isEmpty();
			case NOT_CORS, ACTUAL_REJECTED -> assertThat(headers).isEqualTo(varyOnOrigin(mapping));
			case PREFLIGHT_REJECTED -> assertThat(headers).containsOnly(entry(VARY, varyPreflight(mapping)));
			case ACTUAL_ALLOWED -> assertActualAllowed(mapping, headers);
			case PREFLIGHT_ACCEPTED -> assertPreflightAccepted(mapping, request, headers);
		}
		String explanation = policy.explain(request, CorsRequest.READER);
		assertThat(explanation.chars().noneMatch((c) -> c < 0x20 || c == 0x7f))
			.as(() -> "explanation '" + printable(explanation) + "' is one printable line")
			.isTrue();
		assertThat(explanation).as("the explanation of a %s decision", type).contains(EXPLAINED.get(type));
	}

	private static void assertAllowOrigin(CorsMapping mapping, CorsRequest request, String allowOrigin) {
		if (allowOrigin.equals("*")) {
			assertThat(mapping.allowedOrigins()).contains("*");
			assertThat(mapping.allowCredentials()).as("credentials with Access-Control-Allow-Origin: *").isFalse();
		}
		else {
			assertThat(allowOrigin).as("Access-Control-Allow-Origin echoes the request's Origin")
				.isEqualTo(request.origin());
			assertThat(ReferenceModel.allowsOrigin(mapping, allowOrigin)).as("the echoed origin is allowed").isTrue();
		}
	}

	private static void assertActualAllowed(@Nullable CorsMapping mapping, Map<String, String> headers) {
		assertThat(mapping).isNotNull();
		assertThat(headers).containsKeys(ACCESS_CONTROL_ALLOW_ORIGIN)
			.containsEntry(VARY, "Origin")
			.doesNotContainKeys(ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_MAX_AGE,
					ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK);
		assertThat(headers.get(ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo(mapping.allowCredentials() ? "true" : null);
		assertThat(headers.get(ACCESS_CONTROL_EXPOSE_HEADERS))
			.isEqualTo(mapping.exposedHeaders().isEmpty() ? null : String.join(", ", mapping.exposedHeaders()));
	}

	private static void assertPreflightAccepted(@Nullable CorsMapping mapping, CorsRequest request,
			Map<String, String> headers) {
		assertThat(mapping).isNotNull();
		assertThat(headers).containsKeys(ACCESS_CONTROL_ALLOW_ORIGIN)
			.containsEntry(VARY, varyPreflight(mapping))
			.containsEntry(ACCESS_CONTROL_MAX_AGE, Long.toString(mapping.maxAge().toSeconds()))
			.doesNotContainKey(ACCESS_CONTROL_EXPOSE_HEADERS);
		assertThat(headers.get(ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo(mapping.allowCredentials() ? "true" : null);
		List<String> methods = mapping.allowedMethods();
		assertThat(headers.get(ACCESS_CONTROL_ALLOW_METHODS))
			.isEqualTo(methods.contains("*") ? request.requestMethod() : String.join(", ", methods));
		String requestHeaders = request.requestHeaders();
		String echoed = (requestHeaders != null) ? ReferenceModel.trimOws(requestHeaders) : "";
		assertThat(headers.get(ACCESS_CONTROL_ALLOW_HEADERS)).isEqualTo(echoed.isEmpty() ? null : echoed);
		assertThat(headers.get(ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK))
			.isEqualTo(ReferenceModel.isTrue(request.requestPrivateNetwork()) ? "true" : null);
	}

	/**
	 * What a preflight varies on: the request headers every decision reads, and
	 * {@code Access-Control-Request-Private-Network} where the mapping answers it.
	 */
	private static String varyPreflight(@Nullable CorsMapping mapping) {
		assertThat(mapping).isNotNull();
		return mapping.allowPrivateNetwork()
				? VARY_PREFLIGHT + ", " + CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK : VARY_PREFLIGHT;
	}

	/**
	 * {@code Vary: Origin} where responses depend on the origin, that is where some
	 * origin is allowed.
	 */
	private static Map<String, String> varyOnOrigin(@Nullable CorsMapping mapping) {
		assertThat(mapping).isNotNull();
		boolean varies = !mapping.allowedOrigins().isEmpty() || !mapping.allowedOriginPatterns().isEmpty();
		return varies ? Map.of(VARY, "Origin") : Map.of();
	}

	/**
	 * Whether a value may be sent as a header field value: visible ASCII, spaces and tabs
	 * only, not empty, and no white space at either end (RFC 9110 field-value, without
	 * the obsolete non-ASCII octets).
	 */
	static boolean isFieldValue(String value) {
		if (value.isEmpty() || isOws(value.charAt(0)) || isOws(value.charAt(value.length() - 1))) {
			return false;
		}
		return value.chars().allMatch((c) -> c == '\t' || (c >= 0x20 && c <= 0x7e));
	}

	private static boolean isOws(char c) {
		return c == ' ' || c == '\t';
	}

	/**
	 * The value with control and non-ASCII characters escaped, for assertion messages.
	 */
	static String printable(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder printable = new StringBuilder();
		for (int i = 0; i < Math.min(value.length(), 300); i++) {
			char c = value.charAt(i);
			printable.append((c >= 0x20 && c < 0x7f) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
		}
		return printable.append((value.length() > 300) ? "...(" + value.length() + " chars)" : "").toString();
	}

}
