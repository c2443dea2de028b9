package dev.crossorigin.conformance;

import java.util.List;

import static dev.crossorigin.conformance.ConformanceCase.request;

/**
 * The conformance table, written against {@code conformance/application.yml}: exact
 * origins {@code https://app.example.com} and {@code http://localhost:3000}, patterns
 * {@code https://*.preview.example.com} and {@code http://127.0.0.1:[*]}, credentials, a
 * public any-origin mapping, a disabled mapping and a Private Network Access mapping.
 * Every stack must produce the same responses.
 *
 * <p>
 * The rows assume an application that answers {@code GET} (and so {@code HEAD}) and a
 * JSON {@code POST} on {@code /api/greeting}, fails with a 500 on {@code GET /api/fail},
 * answers {@code GET /public/info}, and maps nothing else, so other paths answer 404 and
 * {@code DELETE /api/greeting} 405. The sample application is one; a module that runs the
 * table on another server brings a test application of its own with those endpoints.
 */
public final class ConformanceCases {

	static final String APP = "https://app.example.com";

	static final String ACAO = "Access-Control-Allow-Origin";

	static final String ACAC = "Access-Control-Allow-Credentials";

	static final String ACAM = "Access-Control-Allow-Methods";

	static final String ACAH = "Access-Control-Allow-Headers";

	static final String ACMA = "Access-Control-Max-Age";

	static final String ACEH = "Access-Control-Expose-Headers";

	static final String ACAPN = "Access-Control-Allow-Private-Network";

	static final String METHODS = "GET, POST, PUT, DELETE";

	private ConformanceCases() {
	}

	/** Every row of the table. */
	public static List<ConformanceCase> all() {
		return List.of(
				// Requests without Origin
				request("GET without Origin passes untouched but varies on Origin", "GET", "/api/greeting").expect(200)
					.vary("Origin")
					.done(),
				request("OPTIONS without Origin is not a preflight", "OPTIONS", "/api/greeting")
					.header("Access-Control-Request-Method", "GET")
					.expect(null)
					.done(),
				request("GET without Origin on a public path varies on Origin", "GET", "/public/info").expect(200)
					.vary("Origin")
					.done(),

				// Actual requests from allowed origins
				allowed("GET from an exact origin", "GET", "/api/greeting", APP, 200),
				allowed("GET from the second exact origin", "GET", "/api/greeting", "http://localhost:3000", 200),
				allowed("GET from a one-label subdomain pattern", "GET", "/api/greeting",
						"https://a.preview.example.com", 200),
				allowed("GET from a multi-label subdomain pattern", "GET", "/api/greeting",
						"https://x.y.preview.example.com", 200),
				allowed("GET from a port pattern with a port", "GET", "/api/greeting", "http://127.0.0.1:5173", 200),
				allowed("GET from a port pattern without a port", "GET", "/api/greeting", "http://127.0.0.1", 200),
				allowed("HEAD from an allowed origin", "HEAD", "/api/greeting", APP, 200),
				request("JSON POST from an allowed origin", "POST", "/api/greeting").origin(APP)
					.header("Content-Type", "application/json")
					.expect(200)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACEH, "X-Request-Id")
					.vary("Origin")
					.done(),
				allowed("404 from an allowed origin carries CORS headers", "GET", "/api/missing", APP, 404),
				allowed("500 from an allowed origin carries CORS headers", "GET", "/api/fail", APP, 500),
				allowed("405 from an allowed origin carries CORS headers", "DELETE", "/api/greeting", APP, 405),
				allowed("OPTIONS without Access-Control-Request-Method is an actual request", "OPTIONS",
						"/api/greeting", APP, null),

				// Actual requests from origins that are not allowed
				refused("unknown origin", "https://evil.example"),
				refused("suffix trick", "https://app.example.com.evil.com"),
				refused("prefix trick", "https://evilapp.example.com"),
				refused("label prefix trick on a pattern", "https://evil-preview.example.com"),
				refused("bare domain of a subdomain pattern", "https://preview.example.com"),
				refused("other scheme", "http://app.example.com"),
				refused("other scheme on a pattern", "http://a.preview.example.com"),
				refused("other port", "https://app.example.com:8443"),
				refused("explicit default port", "https://app.example.com:443"),
				refused("trailing slash", "https://app.example.com/"), refused("uppercase", "https://APP.example.com"),
				refused("null origin", "null"), refused("malformed origin", "not an origin"),
				refused("other host on the port pattern", "http://127.0.0.2:5173"),
				request("GET refused: an allowed origin followed by a second Origin line", "GET", "/api/greeting")
					.headerLines("Origin", APP, "https://evil.example")
					.expect(200)
					.vary("Origin")
					.done(),

				// Same-origin requests: the server's own origin, which the port pattern
				// allows too, makes no CORS request
				request("GET from the server's own origin is not CORS", "GET", "/api/greeting")
					.origin(ConformanceCase.SERVER_ORIGIN)
					.expect(200)
					.vary("Origin")
					.done(),
				request("preflight from the server's own origin is left to the application", "OPTIONS", "/api/greeting")
					.preflight(ConformanceCase.SERVER_ORIGIN, "PATCH", null)
					.expect(null)
					.vary("Origin")
					.done(),

				// Preflights
				request("preflight accepted", "OPTIONS", "/api/greeting").preflight(APP, "POST", "content-type")
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACAH, "content-type")
					.header(ACMA, "3600")
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight with two headers", "OPTIONS", "/api/greeting")
					.preflight(APP, "PUT", "authorization,content-type")
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACAH, "authorization,content-type")
					.header(ACMA, "3600")
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight header names are case-insensitive", "OPTIONS", "/api/greeting")
					.preflight(APP, "PUT", "Content-Type, X-Request-Id")
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACAH, "Content-Type, X-Request-Id")
					.header(ACMA, "3600")
					.done(),
				request("preflight without request headers", "OPTIONS", "/api/greeting").preflight(APP, "DELETE", null)
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACMA, "3600")
					.done(),
				request("preflight from a pattern origin", "OPTIONS", "/api/greeting")
					.preflight("https://a.preview.example.com", "PUT", "content-type")
					.expect(204)
					.header(ACAO, "https://a.preview.example.com")
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACAH, "content-type")
					.header(ACMA, "3600")
					.done(),
				request("preflight from a port-pattern origin", "OPTIONS", "/api/greeting")
					.preflight("http://127.0.0.1:5173", "GET", null)
					.expect(204)
					.header(ACAO, "http://127.0.0.1:5173")
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACMA, "3600")
					.done(),
				request("preflight with request headers on two lines reads both", "OPTIONS", "/api/greeting")
					.preflight(APP, "PUT", null)
					.headerLines("Access-Control-Request-Headers", "content-type", "x-request-id")
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACAH, "content-type, x-request-id")
					.header(ACMA, "3600")
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight with a header not allowed on its second line is rejected", "OPTIONS",
						"/api/greeting")
					.preflight(APP, "PUT", null)
					.headerLines("Access-Control-Request-Headers", "content-type", "x-custom")
					.expect(403)
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight with Origin on two lines is rejected", "OPTIONS", "/api/greeting")
					.headerLines("Origin", APP, "https://evil.example")
					.header("Access-Control-Request-Method", "PUT")
					.expect(403)
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight with the requested method on two lines is rejected", "OPTIONS", "/api/greeting")
					.origin(APP)
					.headerLines("Access-Control-Request-Method", "PUT", "GET")
					.expect(403)
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				rejected("preflight from an unknown origin", "/api/greeting", "https://evil.example", "GET", null),
				rejected("preflight from the null origin", "/api/greeting", "null", "GET", null),
				rejected("preflight for a method not allowed", "/api/greeting", APP, "PATCH", null),
				rejected("preflight methods are case-sensitive", "/api/greeting", APP, "put", null),
				rejected("preflight with an invalid method token", "/api/greeting", APP, "GE T", null),
				rejected("preflight for a header not allowed", "/api/greeting", APP, "POST", "x-custom"),
				rejected("preflight with an empty header element", "/api/greeting", APP, "POST",
						"content-type,,authorization"),
				rejected("preflight with a trailing comma", "/api/greeting", APP, "POST", "content-type,"),
				rejected("preflight with a space inside a header name", "/api/greeting", APP, "POST", "content type"),
				rejected("preflight with oversized request headers", "/api/greeting", APP, "POST",
						"content-type," + "x".repeat(5000)),
				request("preflight asking for private network access where it is not allowed", "OPTIONS",
						"/api/greeting")
					.preflight(APP, "GET", null)
					.header("Access-Control-Request-Private-Network", "true")
					.expect(403)
					.vary(ConformanceCase.preflightVary().toArray(String[]::new))
					.done(),
				request("preflight asking for private network access where it is allowed", "OPTIONS", "/api/pna/ping")
					.preflight(APP, "GET", null)
					.header("Access-Control-Request-Private-Network", "true")
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACMA, "3600")
					.header(ACAPN, "true")
					.vary(ConformanceCase.privateNetworkPreflightVary().toArray(String[]::new))
					.done(),
				request("preflight without private network access where it is answered varies on it too", "OPTIONS",
						"/api/pna/ping")
					.preflight(APP, "GET", null)
					.expect(204)
					.header(ACAO, APP)
					.header(ACAC, "true")
					.header(ACAM, METHODS)
					.header(ACMA, "3600")
					.vary(ConformanceCase.privateNetworkPreflightVary().toArray(String[]::new))
					.done(),

				// Mappings
				request("public mapping allows any origin with *", "GET", "/public/info")
					.origin("https://anyone.example.org")
					.expect(200)
					.header(ACAO, "*")
					.header(ACEH, "X-Request-Id")
					.vary("Origin")
					.done(),
				request("public mapping preflight inherits max-age", "OPTIONS", "/public/info")
					.preflight("https://anyone.example.org", "GET", "x-anything")
					.expect(204)
					.header(ACAO, "*")
					.header(ACAM, "GET")
					.header(ACAH, "x-anything")
					.header(ACMA, "3600")
					.done(),
				request("mapping is chosen on the decoded path: /%70ublic is /public", "GET", "/%70ublic/info")
					.origin(APP)
					.expect(200)
					.header(ACAO, "*")
					.header(ACEH, "X-Request-Id")
					.vary("Origin")
					.done(),
				request("mapping is chosen without ; parameters: /public;v=1 is /public", "GET", "/public;v=1/info")
					.origin(APP)
					.expect(200)
					.header(ACAO, "*")
					.header(ACEH, "X-Request-Id")
					.vary("Origin")
					.done(),
				request("preflight on an encoded spelling of a mapping gets that mapping's answer", "OPTIONS",
						"/pub%6cic;a=b/info")
					.preflight(APP, "GET", null)
					.expect(204)
					.header(ACAO, "*")
					.header(ACAM, "GET")
					.header(ACMA, "3600")
					.done(),
				rejected("public mapping refuses a method it does not list", "/public/info",
						"https://anyone.example.org", "POST", null),
				// What Vary holds there is the application's business (Spring Framework
				// 6.2 adds its own).
				request("disabled mapping leaves actual requests alone", "GET", "/internal/status").origin(APP)
					.expect(404)
					.done(),
				request("disabled mapping leaves preflights to the application", "OPTIONS", "/internal/status")
					.preflight(APP, "GET", null)
					.expect(null)
					.done(),
				request("disabled mapping also covers an encoded spelling of its paths", "GET", "/%69nternal/status")
					.origin(APP)
					.expect(404)
					.done(),
				request("disabled mapping also covers its paths with ; parameters", "OPTIONS", "/internal;x=1/status")
					.preflight(APP, "GET", null)
					.expect(null)
					.done());
	}

	private static ConformanceCase allowed(String name, String method, String path, String origin, Integer status) {
		return request(name, method, path).origin(origin)
			.expect(status)
			.header(ACAO, origin)
			.header(ACAC, "true")
			.header(ACEH, "X-Request-Id")
			.vary("Origin")
			.done();
	}

	private static ConformanceCase refused(String name, String origin) {
		return request("GET refused: " + name, "GET", "/api/greeting").origin(origin).expect(200).vary("Origin").done();
	}

	private static ConformanceCase rejected(String name, String path, String origin, String method, String headers) {
		return request(name, "OPTIONS", path).preflight(origin, method, headers)
			.expect(403)
			.vary(ConformanceCase.preflightVary().toArray(String[]::new))
			.done();
	}

}
