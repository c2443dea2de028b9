package dev.crossorigin.cors.policy;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import dev.crossorigin.cors.policy.Findings.Malformed;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of {@code Access-Control-Request-Headers}: a comma-separated list of header
 * names, each a token, with optional white space around them (RFC 9110 section 5.6.1),
 * within caps on its length and its number of names. A value of nothing but white space
 * is an empty list. An empty element, a character outside a token or a list past a cap is
 * malformed.
 */
final class RequestHeaderList {

	/** Longest value accepted; longer ones are malformed. */
	static final int MAX_LENGTH = 4096;

	/** Most names accepted; more are malformed. */
	static final int MAX_COUNT = 64;

	private RequestHeaderList() {
	}

	/**
	 * Checks a value against the names a mapping allows, in one pass: each name is
	 * validated, hashed and looked up as it is read, with no substring. A malformed value
	 * is malformed whatever it names.
	 * @param value the value
	 * @param allowed the names allowed, or {@code null} for any name
	 * @param findings where to record what was refused, or {@code null}
	 * @return {@link Reason#MALFORMED}, {@link Reason#HEADERS} when a name is not
	 * allowed, or {@code null} when every name is
	 */
	static @Nullable Reason check(String value, @Nullable HeaderNameSet allowed, @Nullable Findings findings) {
		int length = value.length();
		if (length > MAX_LENGTH) {
			return Findings.malformed(findings, Malformed.REQUEST_HEADERS_LENGTH);
		}
		int count = 0;
		int i = 0;
		Reason refused = null;
		while (true) {
			i = skipOws(value, i);
			int from = i;
			int hash = 0;
			char c;
			while (i < length && HttpTokens.isTokenChar(c = value.charAt(i))) {
				hash = HeaderNameSet.hash(hash, c);
				i++;
			}
			int to = i;
			i = skipOws(value, i);
			if (from == to && count == 0 && i == length) {
				return null;
			}
			if (from == to || (i < length && value.charAt(i) != ',')) {
				return Findings.malformed(findings, Malformed.REQUEST_HEADERS_ELEMENT);
			}
			if (++count > MAX_COUNT) {
				return Findings.malformed(findings, Malformed.REQUEST_HEADERS_COUNT);
			}
			if (allowed != null && (refused == null || findings != null) && !allowed.contains(value, from, to, hash)) {
				refused = Reason.HEADERS;
				if (findings != null) {
					findings.refusedHeaders.add(value.substring(from, to));
				}
			}
			if (i == length) {
				return refused;
			}
			i++;
		}
	}

	private static int skipOws(String value, int from) {
		int i = from;
		while (i < value.length() && HttpTokens.isOws(value.charAt(i))) {
			i++;
		}
		return i;
	}

}
