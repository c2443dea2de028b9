package dev.crossorigin.it.support;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tests that send real HTTP requests to the application their {@code @SpringBootTest}
 * started on a random port.
 */
public abstract class AbstractServerTests {

	@LocalServerPort
	private int port;

	private Http http;

	/** The port the application listens on. */
	protected int port() {
		return this.port;
	}

	/** A client of the application. */
	protected Http http() {
		if (this.http == null) {
			this.http = new Http(this.port);
		}
		return this.http;
	}

}
