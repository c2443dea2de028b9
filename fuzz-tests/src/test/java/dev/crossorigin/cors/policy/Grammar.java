package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

	static Arbitrary<String> labels() {
		return Arbitraries.oneOf(Arbitraries.of("a", "b", "ab", "app", "x-y", "a_b", "1", "example", "preview"),
				Arbitraries.strings().withChars("abz09-_").ofMinLength(1).ofMaxLength(4));
	}

	static Arbitrary<List<String>> domains(int minLabels) {
		return labels().list().ofMinSize(minLabels).ofMaxSize(4);
	}

	/** A port for a scheme: digits, never the scheme's default. */
	static Arbitrary<String> ports(String scheme) {
		return Arbitraries.of("1", "80", "443", "3000", "8080", "8443", "65535")
			.filter((port) -> !isDefaultPort(scheme, port));
	}

	static boolean isDefaultPort(String scheme, String port) {
		return (scheme.equals("https") && port.equals("443")) || (scheme.equals("http") && port.equals("80"));
	}

	/** Valid exact origins. */
	static Arbitrary<String> origins() {
		return Arbitraries.of(SCHEMES)
			.flatMap((scheme) -> Combinators
				.combine(Arbitraries.oneOf(domains(1).map(Grammar::join), Arbitraries.of("[::1]", "[2001:db8::7]")),
						ports(scheme).injectNull(0.5))
				.as((host, port) -> new OriginParts(scheme, host, port).toString()));
	}

	/** Valid origin patterns, as their parts. */
	static Arbitrary<PatternSpec> patterns() {
		return Arbitraries.of(SCHEMES)
			.flatMap((scheme) -> Combinators
				.combine(Arbitraries.of(true, false), domains(1),
						Arbitraries.oneOf(ports(scheme), Arbitraries.just(OriginPattern.ANY_PORT)).injectNull(0.4))
				.as((wildcard, labels, port) -> new PatternSpec(scheme, wildcard && labels.size() > 1, labels, port)));
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
		Arbitrary<OriginParts> instances() {
			Arbitrary<List<String>> hosts = Arbitraries.just(this.labels);
			if (this.wildcard) {
				hosts = Grammar.labels().list().ofMinSize(1).ofMaxSize(2).map((front) -> {
					List<String> host = new ArrayList<>(front);
					host.addAll(this.labels);
					return host;
				});
			}
			Arbitrary<String> ports = OriginPattern.ANY_PORT.equals(this.port) ? ports(this.scheme).injectNull(0.3)
					: Arbitraries.just(this.port);
			return Combinators.combine(hosts, ports).as((host, port) -> new OriginParts(this.scheme, join(host), port));
		}

	}

}
