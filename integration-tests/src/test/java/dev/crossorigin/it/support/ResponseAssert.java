package dev.crossorigin.it.support;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.crossorigin.conformance.ResponseHeaders;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on the CORS side of an HTTP response: which {@code Access-Control-*}
 * headers it carries, how often, and what it varies on.
 */
public final class ResponseAssert extends AbstractAssert<ResponseAssert, HttpResponse<String>> {

	private ResponseAssert(HttpResponse<String> actual) {
		super(actual, ResponseAssert.class);
	}

	/** Starts assertions on a response. */
	public static ResponseAssert assertThatResponse(HttpResponse<String> response) {
		return new ResponseAssert(response);
	}

	/** The response has this status. */
	public ResponseAssert hasStatus(int status) {
		Assertions.assertThat(this.actual.statusCode())
			.as("status of %s %s (body: %s)", this.actual.request().method(), this.actual.uri(), this.actual.body())
			.isEqualTo(status);
		return this;
	}

	/** The response carries the header exactly once, with this value. */
	public ResponseAssert hasSingleHeader(String name, String value) {
		Assertions.assertThat(this.actual.headers().allValues(name)).as("values of %s", name).containsExactly(value);
		return this;
	}

	/** The response does not carry the header. */
	public ResponseAssert doesNotHaveHeader(String name) {
		Assertions.assertThat(this.actual.headers().allValues(name)).as("values of %s", name).isEmpty();
		return this;
	}

	/**
	 * The response carries these {@code Access-Control-*} headers, each exactly once with
	 * its value, and no other.
	 * @param expected header names and values, alternating
	 * @return this
	 */
	public ResponseAssert hasExactlyCorsHeaders(String... expected) {
		Map<String, List<String>> wanted = new TreeMap<>();
		for (int i = 0; i < expected.length; i += 2) {
			wanted.put(expected[i].toLowerCase(Locale.ROOT), List.of(expected[i + 1]));
		}
		Assertions.assertThat(corsHeaders()).as("Access-Control-* headers, each exactly once").isEqualTo(wanted);
		return this;
	}

	/** The response carries no {@code Access-Control-*} header at all. */
	public ResponseAssert hasNoCorsHeaders() {
		Assertions.assertThat(corsHeaders()).as("Access-Control-* headers").isEmpty();
		return this;
	}

	/**
	 * No {@code Access-Control-*} header appears twice, and no name is repeated in
	 * {@code Vary}.
	 */
	public ResponseAssert hasNoDuplicateHeaders() {
		corsHeaders().forEach((name, values) -> Assertions.assertThat(values).as("values of %s", name).hasSize(1));
		List<String> vary = varyNames().stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
		Assertions.assertThat(vary).as("Vary names").doesNotHaveDuplicates();
		return this;
	}

	/** {@code Vary} lists every one of these names. */
	public ResponseAssert variesOn(String... names) {
		Assertions.assertThat(varyNames()).as("Vary").containsAll(Arrays.asList(names));
		return this;
	}

	/** {@code Vary} lists none of these names. */
	public ResponseAssert doesNotVaryOn(String... names) {
		Assertions.assertThat(varyNames()).as("Vary").doesNotContainAnyElementsOf(Arrays.asList(names));
		return this;
	}

	/** The body contains this text. */
	public ResponseAssert bodyContains(String text) {
		Assertions.assertThat(this.actual.body()).as("body").contains(text);
		return this;
	}

	private Map<String, List<String>> corsHeaders() {
		return ResponseHeaders.cors(this.actual.headers());
	}

	private List<String> varyNames() {
		return ResponseHeaders.varyNames(this.actual.headers());
	}

}
