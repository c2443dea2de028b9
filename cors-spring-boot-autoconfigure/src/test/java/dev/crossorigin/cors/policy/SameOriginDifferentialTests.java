package dev.crossorigin.cors.policy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsUtils;

/**
 * {@link SameOrigin} against independent answers: on well-formed origins, Spring's
 * {@code CorsUtils.isCorsRequest}, servlet and reactive (a request is same-origin when it
 * is not a CORS request), on both stacks' request types; on hostile spellings of an
 * origin, the definition (a serialised origin whose scheme, host and port are the
 * request's), since Spring reads a malformed {@code Origin} leniently where the starter
 * refuses it.
 */
class SameOriginDifferentialTests {

	private static final String[] SCHEMES = { "http", "https" };

	private static final String[] HOSTS = { "localhost", "app.example.com", "127.0.0.1", "[::1]" };

	private static final int[] REQUEST_PORTS = { 80, 443, 8080, 8443 };

	private static final int[] ORIGIN_PORTS = { -1, 80, 443, 8080, 8443 };

	/** Spring's reactive {@code CorsUtils}, beside the servlet one of the same name. */
	private static final class ReactiveCorsUtils {

		static boolean isCorsRequest(ServerHttpRequest request) {
			return org.springframework.web.cors.reactive.CorsUtils.isCorsRequest(request);
		}

	}

	@Test
	void wellFormedOriginsAreSameOriginExactlyWhenSpringSaysTheRequestIsNotCors() {
		SoftAssertions softly = new SoftAssertions();
		for (String origin : wellFormedOrigins()) {
			for (String scheme : SCHEMES) {
				for (String host : HOSTS) {
					for (int port : REQUEST_PORTS) {
						MockHttpServletRequest servlet = new MockHttpServletRequest("OPTIONS", "/api");
						servlet.setScheme(scheme);
						servlet.setServerName(host);
						servlet.setServerPort(port);
						servlet.addHeader("Origin", origin);
						boolean ours = SameOrigin.matches(origin, scheme, host,
								CorsRequestReader.effectivePort(scheme, port));
						softly.assertThat(ours)
							.as("%s against %s://%s:%d (servlet)", origin, scheme, host, port)
							.isEqualTo(!CorsUtils.isCorsRequest(servlet));
						URI uri = URI.create(scheme + "://" + host + ":" + port + "/api");
						ServerHttpRequest reactive = MockServerHttpRequest.options(uri.toString())
							.header("Origin", origin)
							.build();
						boolean oursReactive = SameOrigin.matches(origin, uri.getScheme(), uri.getHost(),
								CorsRequestReader.effectivePort(uri.getScheme(), uri.getPort()));
						softly.assertThat(oursReactive)
							.as("%s against %s (reactive)", origin, uri)
							.isEqualTo(!ReactiveCorsUtils.isCorsRequest(reactive));
					}
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void hostileSpellingsAreSameOriginOnlyWhenWellFormedAndEqual() {
		// Mutations of origins that are the request's own: every comparison SameOrigin
		// makes before its syntax check passes for some of them.
		Random random = new Random(20261130);
		String alphabet = ":/[]._-@%?#0123456789aAzZ ";
		SoftAssertions softly = new SoftAssertions();
		int sameOrigin = 0;
		for (int i = 0; i < 20_000; i++) {
			String scheme = SCHEMES[random.nextInt(SCHEMES.length)];
			String host = HOSTS[random.nextInt(HOSTS.length)];
			int port = REQUEST_PORTS[random.nextInt(REQUEST_PORTS.length)];
			StringBuilder origin = new StringBuilder(scheme + "://" + host);
			if (port != CorsRequestReader.effectivePort(scheme, -1) || random.nextBoolean()) {
				origin.append(':').append(port);
			}
			for (int edits = random.nextInt(3); edits > 0 && !origin.isEmpty(); edits--) {
				int at = random.nextInt(origin.length() + 1);
				switch (random.nextInt(3)) {
					case 0 -> origin.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
					case 1 -> origin.deleteCharAt(Math.min(at, origin.length() - 1));
					default -> origin.setCharAt(Math.min(at, origin.length() - 1),
							alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			String value = origin.toString();
			// Servlet containers give an IPv6 host with brackets, java.net.URI without.
			String requestHost = (host.startsWith("[") && random.nextBoolean()) ? host.substring(1, host.length() - 1)
					: host;
			boolean expected = byDefinition(value, scheme, requestHost, port);
			boolean ours = SameOrigin.matches(value, scheme, requestHost, port);
			softly.assertThat(ours).as("'%s' against %s://%s:%d", value, scheme, requestHost, port).isEqualTo(expected);
			sameOrigin += expected ? 1 : 0;
		}
		softly.assertThat(sameOrigin).as("generated values that are same-origin").isGreaterThan(1_000);
		softly.assertAll();
	}

	/**
	 * The definition, read off a serialised origin by its grammar: the scheme before
	 * {@code ://}, then a bracketed IPv6 address or a name, then an optional port.
	 */
	private static boolean byDefinition(String origin, String scheme, String host, int port) {
		if (!OriginSyntax.isOrigin(origin)) {
			return false;
		}
		int separator = origin.indexOf("://");
		String originScheme = origin.substring(0, separator);
		String authority = origin.substring(separator + 3);
		int hostEnd = authority.startsWith("[") ? authority.indexOf(']') + 1
				: (authority.indexOf(':') >= 0) ? authority.indexOf(':') : authority.length();
		String originHost = authority.substring(0, hostEnd);
		int originPort = (hostEnd < authority.length()) ? Integer.parseInt(authority.substring(hostEnd + 1)) : -1;
		String requestHost = (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
		return originScheme.equalsIgnoreCase(scheme) && originHost.equalsIgnoreCase(requestHost)
				&& CorsRequestReader.effectivePort(originScheme, originPort) == port;
	}

	private static List<String> wellFormedOrigins() {
		List<String> origins = new ArrayList<>();
		for (String scheme : SCHEMES) {
			for (String host : HOSTS) {
				for (int port : ORIGIN_PORTS) {
					origins.add(scheme + "://" + host + ((port < 0) ? "" : ":" + port));
				}
			}
		}
		return origins;
	}

}
