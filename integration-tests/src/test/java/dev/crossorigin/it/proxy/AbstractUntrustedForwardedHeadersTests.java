package dev.crossorigin.it.proxy;

import java.net.http.HttpResponse;

import dev.crossorigin.it.support.AbstractServerTests;
import org.junit.jupiter.api.Test;

import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;

/**
 * Without a forward-headers strategy the application does not trust {@code X-Forwarded-*}
 * (anyone can send them), so they cannot make an origin the request's own: only the
 * address the request really reached counts. Subclasses choose the stack.
 */
abstract class AbstractUntrustedForwardedHeadersTests extends AbstractServerTests {

	@Test
	void forwardedHeadersDoNotMakeAnOriginSameOrigin() {
		HttpResponse<String> response = http().preflight("/api/hello", AbstractTrustedProxyTests.SITE, "PUT", null,
				AbstractTrustedProxyTests.proxied());
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
	}

	@Test
	void originOfTheServerItselfIsSameOrigin() {
		HttpResponse<String> response = http().preflight("/api/hello", "http://127.0.0.1:" + port(), "PUT", null);
		assertThatResponse(response).hasStatus(200).hasNoCorsHeaders();
	}

}
