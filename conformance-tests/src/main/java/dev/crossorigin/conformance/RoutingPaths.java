package dev.crossorigin.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Spellings of request paths for differential tests of mapping selection: the ways a
 * client can write a path that Spring routes to the same handler (percent-encoded
 * characters, {@code ;} parameters in any segment) and the near misses that Spring routes
 * elsewhere (doubled and trailing slashes, dot segments, encoded slashes, other case,
 * non-ASCII, overlong segments). Generated from a seed, so a failure can be replayed.
 */
public final class RoutingPaths {

	private static final String[] PARAMETERS = { ";", ";x", ";x=1", ";a=b;c=d", ";jsessionid=0A1B", ";v=%3B", ";=",
			";x=/" };

	private static final String[] NON_ASCII = { "%C3%A9", "%E2%82%AC", "%F0%9F%98%80", "%C3%A9t%C3%A9" };

	private RoutingPaths() {
	}

	/**
	 * Hand-picked hostile spellings of a path: each character percent-encoded in both hex
	 * cases, parameters on every segment, and the near misses.
	 * @param path a plain path such as {@code /admin/users}
	 * @return the spellings, the path itself first
	 */
	public static List<String> hostile(String path) {
		List<String> spellings = new ArrayList<>();
		spellings.add(path);
		for (int i = 1; i < path.length(); i++) {
			if (path.charAt(i) != '/') {
				spellings.add(path.substring(0, i) + encode(path.charAt(i), true) + path.substring(i + 1));
				spellings.add(path.substring(0, i) + encode(path.charAt(i), false) + path.substring(i + 1));
			}
		}
		String[] segments = path.substring(1).split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			for (String parameter : PARAMETERS) {
				String[] copy = segments.clone();
				copy[i] = copy[i] + parameter;
				spellings.add("/" + String.join("/", copy));
			}
		}
		spellings.add(path + "/");
		spellings.add("/" + path);
		spellings.add(path.replaceFirst("/", "//"));
		spellings.add(path.replace("/", "//"));
		spellings.add("/." + path);
		spellings.add("/x/.." + path);
		spellings.add("/%2E%2E" + path);
		spellings.add(path.replace("/", "%2F").replaceFirst("%2F", "/"));
		spellings.add(path.toUpperCase(Locale.ROOT));
		spellings.add(path + NON_ASCII[0]);
		spellings.add(path + "/" + "a".repeat(3000));
		return spellings;
	}

	/**
	 * Random spellings of a path, from a seed.
	 * @param path a plain path such as {@code /admin/users}
	 * @param seed the seed
	 * @param count how many
	 * @return the spellings
	 */
	public static List<String> generated(String path, long seed, int count) {
		Random random = new Random(seed);
		List<String> spellings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			spellings.add(spell(path, random));
		}
		return spellings;
	}

	private static String spell(String path, Random random) {
		String[] segments = path.substring(1).split("/", -1);
		StringBuilder spelled = new StringBuilder();
		if (random.nextInt(20) == 0) {
			spelled.append(random.nextBoolean() ? "/." : "/x/..");
		}
		for (String segment : segments) {
			spelled.append((random.nextInt(25) == 0) ? "//" : "/");
			for (int i = 0; i < segment.length(); i++) {
				char c = segment.charAt(i);
				switch (random.nextInt(12)) {
					case 0 -> spelled.append(encode(c, true));
					case 1 -> spelled.append(encode(c, false));
					case 2 -> spelled.append((random.nextInt(8) == 0) ? Character.toUpperCase(c) : c);
					default -> spelled.append(c);
				}
			}
			if (random.nextInt(4) == 0) {
				spelled.append(PARAMETERS[random.nextInt(PARAMETERS.length)]);
			}
			if (random.nextInt(40) == 0) {
				spelled.append(NON_ASCII[random.nextInt(NON_ASCII.length)]);
			}
			if (random.nextInt(40) == 0) {
				spelled.append("%2F").append(segment);
			}
		}
		if (random.nextInt(10) == 0) {
			spelled.append('/');
		}
		if (random.nextInt(100) == 0) {
			spelled.append('/').append("b".repeat(2000 + random.nextInt(2000)));
		}
		return spelled.toString();
	}

	private static String encode(char c, boolean upperCase) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
			String hex = String.format("%%%02X", b & 0xff);
			encoded.append(upperCase ? hex : hex.toLowerCase(Locale.ROOT));
		}
		return encoded.toString();
	}

}
