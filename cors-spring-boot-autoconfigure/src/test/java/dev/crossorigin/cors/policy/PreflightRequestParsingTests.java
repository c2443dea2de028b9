package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.CorsResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how preflights read {@code Access-Control-Request-Method} and
 * {@code Access-Control-Request-Headers}: strict token syntax, optional white space, case
 * rules and size caps.
 */
class PreflightRequestParsingTests {

	private static final String APP = "https://app.example.com";

	private static final CorsPolicy LISTED_HEADERS = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "POST", "PUT")
		.allowedHeaders("Content-Type", "X-Requested-With", "x-api-key")
		.build();

	private static final CorsPolicy ANY_HEADER = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("*")
		.allowedHeaders("*")
		.build();

	// What a preflight reads

	@Test
	void preflightRefusedForItsOriginOrMethodReadsNoOtherRequestHeader() {
		List<String> read = new ArrayList<>();
		CorsDecision refusedOrigin = LISTED_HEADERS.decide(
				CorsRequest.preflight("/", "https://evil.example.net", "PUT", "Content-Type"), recording(read),
				new HashMap<>(), HeaderMapWriter.INSTANCE);
		assertThat(refusedOrigin.reason()).isEqualTo(Reason.ORIGIN);
		assertThat(read).containsExactly(CorsHeaders.ORIGIN, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		read.clear();
		CorsDecision refusedMethod = LISTED_HEADERS.decide(CorsRequest.preflight("/", APP, "DELETE", "Content-Type"),
				recording(read), new HashMap<>(), HeaderMapWriter.INSTANCE);
		assertThat(refusedMethod.reason()).isEqualTo(Reason.METHOD);
		// An allowed origin, and then the method, are read again whole.
		assertThat(read).containsExactly(CorsHeaders.ORIGIN, CorsHeaders.ORIGIN,
				CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		read.clear();
		CorsDecision accepted = LISTED_HEADERS.decide(CorsRequest.preflight("/", APP, "PUT", "Content-Type"),
				recording(read), new HashMap<>(), HeaderMapWriter.INSTANCE);
		assertThat(accepted.type()).isEqualTo(CorsDecision.Type.PREFLIGHT_ACCEPTED);
		assertThat(read).containsExactly(CorsHeaders.ORIGIN, CorsHeaders.ORIGIN,
				CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD,
				CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS, CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK);
	}

	/** {@link CorsRequest#READER}, noting the name of every header read. */
	private static CorsRequestReader<CorsRequest> recording(List<String> read) {
		return new CorsRequestReader<>() {

			@Override
			public String method(CorsRequest request) {
				return CorsRequest.READER.method(request);
			}

			@Override
			public @Nullable PathContainer path(CorsRequest request) {
				return CorsRequest.READER.path(request);
			}

			@Override
			public @Nullable String header(CorsRequest request, String name) {
				read.add(name);
				return CorsRequest.READER.header(request, name);
			}

			@Override
			public @Nullable String headerList(CorsRequest request, String name) {
				read.add(name);
				return CorsRequest.READER.headerList(request, name);
			}

		};
	}

	// Access-Control-Request-Headers

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@MethodSource("malformedRequestHeaders")
	void malformedRequestHeadersAreRejectedAsMalformed(String requestHeaders) {
		assertThat(reasonFor(LISTED_HEADERS, "GET", requestHeaders)).isEqualTo(Reason.MALFORMED);
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@MethodSource("malformedRequestHeaders")
	void malformedRequestHeadersAreRejectedAsMalformedEvenWhenAnyHeaderIsAllowed(String requestHeaders) {
		assertThat(reasonFor(ANY_HEADER, "GET", requestHeaders)).isEqualTo(Reason.MALFORMED);
	}

	static Stream<String> malformedRequestHeaders() {
		return Stream.of("content-type,,x-api-key", "content-type,", "content-type, ", ",content-type", ",", " , ",
				"content-type, ,x-api-key", "x api key", "content-type;x-api-key", "x-api-key:1", "x-api-key=1",
				"x/api", "(x-api-key)", "\"x-api-key\"", "x-äpi-key", "x-api-key\r\nSet-Cookie: a=b", "x-api-key\n",
				"content-type\u00a0", "{x}", "@x", "[x]", "x?", "x\\y", "\r", "\n", " \r\n ", "\u000b", "\u001f",
				"\u2003");
	}

	@Test
	void sixtyFourRequestHeaderNamesAreAccepted() {
		assertThat(reasonFor(ANY_HEADER, "GET", names(64))).isNull();
	}

	@Test
	void moreThanSixtyFourRequestHeaderNamesAreRejectedAsMalformed() {
		assertThat(reasonFor(ANY_HEADER, "GET", names(65))).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void requestHeadersOf4096CharactersAreAccepted() {
		assertThat(reasonFor(ANY_HEADER, "GET", "x".repeat(4096))).isNull();
	}

	@Test
	void requestHeadersLongerThan4096CharactersAreRejectedAsMalformed() {
		assertThat(reasonFor(ANY_HEADER, "GET", "x".repeat(4097))).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void fewRequestHeaderNamesLongerThan4096CharactersAltogetherAreRejectedAsMalformed() {
		String name = "x-" + "a".repeat(98);
		String requestHeaders = String.join(", ", Collections.nCopies(41, name));
		assertThat(requestHeaders).hasSizeGreaterThan(4096);
		assertThat(reasonFor(ANY_HEADER, "GET", requestHeaders)).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void manyBlankRequestHeadersAreRejectedAsMalformed() {
		assertThat(reasonFor(ANY_HEADER, "GET", " ".repeat(5000))).isEqualTo(Reason.MALFORMED);
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { " content-type", "content-type ", " content-type , x-api-key ", "content-type,x-api-key",
			"content-type\t,\tx-api-key", "content-type ,  x-requested-with,x-api-key" })
	void optionalWhiteSpaceAroundRequestHeaderNamesIsAccepted(String requestHeaders) {
		assertThat(reasonFor(LISTED_HEADERS, "GET", requestHeaders)).isNull();
	}

	@Test
	void acceptedRequestHeadersAreEchoedWithoutSurroundingWhiteSpace() {
		CorsResult result = LISTED_HEADERS
			.evaluate(CorsRequest.preflight("/", APP, "GET", "  content-type, x-api-key "));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Headers", "content-type, x-api-key");
	}

	@ParameterizedTest
	@ValueSource(strings = { "content-type", "CONTENT-TYPE", "Content-Type", "cOnTeNt-TyPe", "X-API-KEY",
			"x-requested-with" })
	void requestHeaderNamesMatchCaseInsensitively(String requestHeaders) {
		assertThat(reasonFor(LISTED_HEADERS, "GET", requestHeaders)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "authorization", "content-type, authorization", "content-typ", "content-type-x",
			"x-api-key, x-requested-with, x-other", "*" })
	void requestHeaderNotAllowedIsRejectedWithHeadersReason(String requestHeaders) {
		assertThat(reasonFor(LISTED_HEADERS, "GET", requestHeaders)).isEqualTo(Reason.HEADERS);
	}

	@Test
	void malformedElementAfterADisallowedNameMakesTheListMalformed() {
		assertThat(reasonFor(LISTED_HEADERS, "GET", "authorization,,content-type")).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void emptyPolicyHeaderListRejectsEveryRequestedHeader() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedHeaders().build();
		assertThat(reasonFor(policy, "GET", "content-type")).isEqualTo(Reason.HEADERS);
	}

	@Test
	void emptyPolicyHeaderListAcceptsAPreflightRequestingNoHeaders() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedHeaders().build();
		assertThat(reasonFor(policy, "GET", null)).isNull();
	}

	// Access-Control-Request-Method

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "", " ", "GE T", "GET ", " GET", "GET,POST", "GET\r\n", "(GET)", "G\"ET", "GÉT", "GET/1",
			"G:ET" })
	void invalidRequestMethodTokenIsRejectedAsMalformed(String requestMethod) {
		assertThat(reasonFor(LISTED_HEADERS, requestMethod, null)).isEqualTo(Reason.MALFORMED);
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@ValueSource(strings = { "", "GE T", "GET,POST" })
	void invalidRequestMethodTokenIsRejectedAsMalformedEvenWhenAnyMethodIsAllowed(String requestMethod) {
		assertThat(reasonFor(ANY_HEADER, requestMethod, null)).isEqualTo(Reason.MALFORMED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "put", "Put", "get", "post" })
	void requestMethodIsCaseSensitive(String requestMethod) {
		assertThat(reasonFor(LISTED_HEADERS, requestMethod, null)).isEqualTo(Reason.METHOD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DELETE", "PATCH", "OPTIONS", "CUSTOM" })
	void requestMethodNotAllowedIsRejectedWithMethodReason(String requestMethod) {
		assertThat(reasonFor(LISTED_HEADERS, requestMethod, null)).isEqualTo(Reason.METHOD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "PUT" })
	void allowedRequestMethodIsAccepted(String requestMethod) {
		assertThat(reasonFor(LISTED_HEADERS, requestMethod, null)).isNull();
	}

	@Test
	void lowercaseMethodIsEchoedAsSentWhenAnyMethodIsAllowed() {
		CorsResult result = ANY_HEADER.evaluate(CorsRequest.preflight("/", APP, "patch", null));
		assertThat(result.headers()).containsEntry("Access-Control-Allow-Methods", "patch");
	}

	@Test
	void lowercaseMethodAllowedAsConfiguredIsAccepted() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("patch").build();
		assertThat(reasonFor(policy, "patch", null)).isNull();
	}

	// Order of the checks

	@Test
	void disallowedOriginIsReportedBeforeAMalformedMethod() {
		CorsResult result = LISTED_HEADERS.evaluate(CorsRequest.preflight("/", "https://evil.example", "GE T", null));
		assertThat(result.decision().reason()).isEqualTo(Reason.ORIGIN);
	}

	@Test
	void disallowedMethodIsReportedBeforeDisallowedHeaders() {
		assertThat(reasonFor(LISTED_HEADERS, "DELETE", "authorization")).isEqualTo(Reason.METHOD);
	}

	@Test
	void disallowedHeadersAreReportedBeforePrivateNetwork() {
		CorsResult result = LISTED_HEADERS
			.evaluate(new CorsRequest("OPTIONS", "/", APP, "GET", "authorization", "true"));
		assertThat(result.decision().reason()).isEqualTo(Reason.HEADERS);
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@MethodSource("preflightRequests")
	void malformedInputNeverThrows(String origin, String requestMethod, String requestHeaders) {
		CorsRequest request = new CorsRequest("OPTIONS", "/", origin, requestMethod, requestHeaders, requestHeaders);
		assertThat(LISTED_HEADERS.evaluate(request).decision().type()).isIn(CorsDecision.Type.PREFLIGHT_ACCEPTED,
				CorsDecision.Type.PREFLIGHT_REJECTED);
	}

	static Stream<Arguments> preflightRequests() {
		return Stream.of(Arguments.of("", "", ""), Arguments.of(APP, "", ","), Arguments.of(APP, "GET", ",,,,"),
				Arguments.of(APP, "GET", "\u0000"), Arguments.of("\u0000", "\u0000", "\u0000"),
				Arguments.of(APP, "GET", "\uD800"), Arguments.of("https://[", "GET", "x"),
				Arguments.of("https://[::1", "GET", "x"), Arguments.of("h://", "GET", "x"),
				Arguments.of("https://a:", "GET", "x"), Arguments.of(APP, "GET", "\t"),
				Arguments.of(APP, "GET", "a,".repeat(10_000)));
	}

	private static @Nullable Reason reasonFor(CorsPolicy policy, String requestMethod,
			@Nullable String requestHeaders) {
		CorsResult result = policy.evaluate(CorsRequest.preflight("/", APP, requestMethod, requestHeaders));
		return result.decision().reason();
	}

	private static String names(int count) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < count; i++) {
			names.append((i > 0) ? "," : "").append("x-h").append(i);
		}
		return names.toString();
	}

}
