package dev.crossorigin.cors.policy;

/**
 * Character classes of RFC 9110 used to check method and header-name tokens, and the
 * optional white space around list elements, without allocating.
 */
final class HttpTokens {

	private static final boolean[] TCHAR = new boolean[128];

	static {
		for (char c = '0'; c <= '9'; c++) {
			TCHAR[c] = true;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			TCHAR[c] = true;
			TCHAR[Character.toUpperCase(c)] = true;
		}
		for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
			TCHAR[c] = true;
		}
	}

	private HttpTokens() {
	}

	static boolean isTokenChar(char c) {
		return c < 128 && TCHAR[c];
	}

	static boolean isToken(String value) {
		return isToken(value, 0, value.length());
	}

	static boolean isToken(String value, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!isTokenChar(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a character is optional white space (RFC 9110 section 5.6.3): a space or a
	 * horizontal tab. Other white space, such as CR, LF or a vertical tab, is a character
	 * outside a token.
	 */
	static boolean isOws(char c) {
		return c == ' ' || c == '\t';
	}

	/** A value without the optional white space at either end. */
	static String trimOws(String value) {
		int from = 0;
		int to = value.length();
		while (from < to && isOws(value.charAt(from))) {
			from++;
		}
		while (to > from && isOws(value.charAt(to - 1))) {
			to--;
		}
		return value.substring(from, to);
	}

	static char toLowerAscii(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
	}

}
