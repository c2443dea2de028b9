package dev.crossorigin.it.proxy;

import java.net.http.HttpResponse;

import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.Http.EVIL;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;

/**
 * The application behind a reverse proxy that it trusts
 * ({@code server.forward-headers-strategy} {@code framework} or {@code native}): the
 * proxy serves the site at {@code https://shop.example.com} and tells the application so
 * with {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}. The site's own pages send
 * {@code Origin} on their requests too; the policy does not list the site's origin, yet
 * such requests are same-origin and must not be treated as cross-origin ones. Subclasses
 * choose the stack and the strategy.
 */
abstract class AbstractTrustedProxyTests extends AbstractServerTests {

	static final String SITE = "https://shop.example.com";

	/** The headers a proxy serving {@link #SITE} adds. */
	static String[] proxied(String... more) {
		String[] forwarded = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "shop.example.com", "X-Forwarded-For",
				"203.0.113.7" };
		String[] all = new String[forwarded.length + more.length];
		System.arraycopy(forwarded, 0, all, 0, forwarded.length);
		System.arraycopy(more, 0, all, forwarded.length, more.length);
		return all;
	}

	@Test
	void sameOriginPreflightIsLeftToTheApplication() {
		HttpResponse<String> response = http().preflight("/api/hello", SITE, "PUT", "content-type", proxied());
		// The CORS filter answers 204 or 403; 200 is the web framework's own answer to an
		// OPTIONS request.
		assertThatResponse(response).hasStatus(200).hasNoCorsHeaders().hasNoDuplicateHeaders();
	}

	@Test
	void sameOriginPostProceedsWithoutCorsHeaders() {
		HttpResponse<String> response = http().sendJson("POST", "/api/hello", "{\"a\":1}", proxied("Origin", SITE));
		assertThatResponse(response).hasStatus(200)
			.hasNoCorsHeaders()
			.variesOn("Origin")
			.hasNoDuplicateHeaders()
			.bodyContains("\"a\":1");
	}

	@Test
	void sameOriginOnAForwardedPortIsLeftToTheApplication() {
		HttpResponse<String> response = http().preflight("/api/hello", SITE + ":8443", "PUT", null,
				proxied("X-Forwarded-Port", "8443"));
		assertThatResponse(response).hasStatus(200).hasNoCorsHeaders();
	}

	@Test
	void otherSiteBehindTheSameProxyIsCrossOrigin() {
		HttpResponse<String> response = http().preflight("/api/hello", EVIL, "PUT", null, proxied());
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
	}

	@Test
	void sameHostOverPlainHttpIsCrossOrigin() {
		HttpResponse<String> response = http().preflight("/api/hello", "http://shop.example.com", "PUT", null,
				proxied());
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
	}

	@Test
	void sameHostOnAnotherPortIsCrossOrigin() {
		HttpResponse<String> response = http().preflight("/api/hello", SITE + ":8443", "PUT", null, proxied());
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
	}

	@Test
	void allowedOriginBehindTheProxyIsAnsweredAsUsual() {
		HttpResponse<String> response = http().preflight("/api/hello", APP, "PUT", null, proxied());
		assertThatResponse(response).hasStatus(204)
			.hasSingleHeader("Access-Control-Allow-Origin", APP)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasNoDuplicateHeaders();
	}

}
