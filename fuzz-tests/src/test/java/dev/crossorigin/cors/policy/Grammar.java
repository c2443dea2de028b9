package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Generators for a small grammar of origins and origin patterns: few schemes, short
 * labels from a small alphabet (so that generated hosts share suffixes and collide
 * often), and the ports that matter.
 */
final class Grammar {

	static final List<String> SCHEMES = List.of("http", "https", "chrome-extension");

	private Grammar() {
	}

	static Gen<String> labels() {
		return Gen.oneOf(Gen.of("a", "b", "ab", "app", "x-y", "a_b", "1", "example", "preview"),
				Gen.strings("abz09-_", 1, 4));
	}

	static Gen<List<String>> domains(int minLabels) {
		return labels().list(minLabels, 4);
	}

	/** A port for a scheme: digits, never the scheme's default. */
	static Gen<String> ports(String scheme) {
		return Gen.of("1", "80", "443", "3000", "8080", "8443", "65535").filter((port) -> !isDefaultPort(scheme, port));
	}

	static boolean isDefaultPort(String scheme, String port) {
		return (scheme.equals("https") && port.equals("443")) || (scheme.equals("http") && port.equals("80"));
	}

	/** Valid exact origins. */
	static Gen<String> origins() {
		Gen<String> hosts = Gen.oneOf(domains(1).map(Grammar::join), Gen.of("[::1]", "[2001:db8::7]"));
		return (random) -> {
			String scheme = Gen.of(SCHEMES).next(random);
			return new OriginParts(scheme, hosts.next(random), ports(scheme).orNull(0.5).next(random)).toString();
		};
	}

	/** Valid origin patterns, as their parts. */
	static Gen<PatternSpec> patterns() {
		return (random) -> {
			String scheme = Gen.of(SCHEMES).next(random);
			boolean wildcard = random.nextBoolean();
			List<String> labels = domains(1).next(random);
			String port = Gen.oneOf(ports(scheme), Gen.just(OriginPattern.ANY_PORT)).orNull(0.4).next(random);
			return new PatternSpec(scheme, wildcard && labels.size() > 1, labels, port);
		};
	}

	static String join(List<String> labels) {
		return String.join(".", labels);
	}

	/**
	 * The parts of an origin.
	 *
	 * @param scheme the scheme
	 * @param host the host
	 * @param port the port, or {@code null}
	 */
	record OriginParts(String scheme, String host, @Nullable String port) {

		@Override
		public String toString() {
			return this.scheme + "://" + this.host + ((this.port != null) ? ":" + this.port : "");
		}

	}

	/**
	 * A valid origin pattern.
	 *
	 * @param scheme the scheme
	 * @param wildcard whether one or more labels may precede {@code labels}
	 * @param labels the labels of the host or host suffix
	 * @param port digits, {@code [*]}, or {@code null} for none
	 */
	record PatternSpec(String scheme, boolean wildcard, List<String> labels, @Nullable String port) {

		String value() {
			return new OriginParts(this.scheme, (this.wildcard ? "*." : "") + join(this.labels), this.port).toString();
		}

		/**
		 * Origins the pattern allows: one or two labels in front of a wildcard, any port
		 * for {@code [*]}.
		 */
		Gen<OriginParts> instances() {
			Gen<List<String>> hosts = Gen.just(this.labels);
			if (this.wildcard) {
				hosts = Grammar.labels().list(1, 2).map((front) -> {
					List<String> host = new ArrayList<>(front);
					host.addAll(this.labels);
					return host;
				});
			}
			Gen<@Nullable String> ports = OriginPattern.ANY_PORT.equals(this.port) ? ports(this.scheme).orNull(0.3)
					: Gen.just(this.port);
			Gen<List<String>> chosenHosts = hosts;
			return (random) -> new OriginParts(this.scheme, join(chosenHosts.next(random)), ports.next(random));
		}

	}

}
