package dev.crossorigin.cors.policy;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.jspecify.annotations.Nullable;

/**
 * Turns fuzzer bytes into request values: near a value the policies know, around it, or
 * pure noise, sometimes repeated so that a short input reaches the size caps.
 */
final class FuzzInputs {

	private FuzzInputs() {
	}

	/** A header value, or {@code null} for a header the request does not carry. */
	static @Nullable String header(FuzzedDataProvider data, List<String> known) {
		return data.consumeBoolean() ? null : value(data, known);
	}

	/**
	 * A request path as a server hands it to a filter: origin-form, so starting with
	 * {@code /} (servers answer or refuse the asterisk form of {@code OPTIONS *} and
	 * reduce an absolute-form target to its path), or empty, built from the known ones
	 * and the fuzzer's bytes.
	 */
	static String path(FuzzedDataProvider data, List<String> known) {
		String path = value(data, known);
		return (path.isEmpty() || path.startsWith("/")) ? path : "/" + path;
	}

	/** A value built from the known ones and the fuzzer's bytes. */
	static String value(FuzzedDataProvider data, List<String> known) {
		return switch (data.consumeInt(0, 6)) {
			case 0 -> data.pickValue(known);
			case 1 -> data.pickValue(known) + data.consumeString(40);
			case 2 -> data.consumeString(40) + data.pickValue(known);
			case 3 -> data.pickValue(known) + data.consumeString(8) + data.pickValue(known);
			case 4 -> data.consumeString(40).repeat(data.consumeInt(1, 500));
			case 5 -> data.consumeAsciiString(200);
			default -> data.consumeString(200);
		};
	}

}
