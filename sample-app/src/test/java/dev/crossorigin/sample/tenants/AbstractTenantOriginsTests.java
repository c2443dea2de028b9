package dev.crossorigin.sample.tenants;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.crossorigin.sample.LoopbackHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's tenants' origins on a real server, against its embedded H2 database: an
 * origin added through the admin endpoint is allowed by the very next preflight, one
 * removed is refused by it, one written to the table behind the application's back is
 * allowed within the refresh interval; the admin endpoint itself admits only the
 * administrator, wants a CSRF token for writes, and answers no other origin's script.
 * Subclasses choose the stack.
 */
abstract class AbstractTenantOriginsTests {

	static final String PASSWORD = "tenant-admin-password";

	/** How often the starter reads the table on its own in these tests. */
	static final String REFRESH_INTERVAL = "cors.dynamic-origins.refresh-interval=1s";

	private static final String TENANT = "https://tenant.example.org";

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	/**
	 * Serves the sample on a free port chosen before it starts rather than a random one:
	 * the sample's policy allows its own {@code http://localhost:${server.port}}, which
	 * port 0 would make invalid. Spring calls this once for each stack's application.
	 */
	@DynamicPropertySource
	static void serveOnAFreePort(DynamicPropertyRegistry registry) {
		int port = LoopbackHttp.freePort();
		registry.add("server.port", () -> port);
		registry.add("server.address", () -> "127.0.0.1");
		registry.add("sample.admin.password", () -> PASSWORD);
	}

	@Test
	void seededTenantOriginsAreAllowedOnTheApiFromStartUp() {
		assertThat(preflight("/api/greeting", "https://acme.example.com").statusCode()).isEqualTo(204);
		assertThat(preflight("/api/greeting", "https://eu.globex.example.com").statusCode()).isEqualTo(204);
	}

	@Test
	void tenantOriginsAreRefusedOutsideTheApiWhereTheMappingDoesNotAllowThem() {
		assertThat(preflight("/login", "https://acme.example.com").statusCode()).isEqualTo(403);
	}

	@Test
	void originAddedThroughTheAdminEndpointIsAllowedByTheNextPreflight() {
		String origin = "https://added.example.org";
		assertThat(preflight("/api/greeting", origin).statusCode()).isEqualTo(403);
		HttpResponse<String> added = add("added", origin);
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(added.body()).contains("\"origin\":\"" + origin + "\"").contains("\"inForce\":true");
		HttpResponse<String> preflight = preflight("/api/greeting", origin);
		assertThat(preflight.statusCode()).isEqualTo(204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
			.as("credentials come from the mapping, as for a static origin")
			.hasValue("true");
		assertThat(admin("GET", "", null, AdminRequest.AUTHORIZED).body()).contains(origin);
	}

	@Test
	void originRemovedThroughTheAdminEndpointIsRefusedByTheNextPreflight() {
		String origin = "https://removed.example.org";
		assertThat(add("removed", origin).statusCode()).isEqualTo(201);
		assertThat(preflight("/api/greeting", origin).statusCode()).isEqualTo(204);
		HttpResponse<String> removed = admin("DELETE", "?origin=" + encoded(origin), null, AdminRequest.AUTHORIZED);
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains("\"inForce\":true");
		HttpResponse<String> preflight = preflight("/api/greeting", origin);
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void originWrittenToTheTableDirectlyIsAllowedWithinTheRefreshInterval() {
		String origin = "https://inserted.example.org";
		assertThat(preflight("/api/greeting", origin).statusCode()).isEqualTo(403);
		this.jdbc.sql("INSERT INTO tenant_origins (origin, tenant) VALUES (:origin, 'inserted')")
			.param("origin", origin)
			.update();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> preflight("/api/greeting", origin).statusCode() == 204);
	}

	@Test
	void originTheStarterWouldSkipIsRefusedByTheAdminEndpointWithTheReason() {
		HttpResponse<String> refused = add("broken", TENANT + "/");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("ends with a slash");
		assertThat(admin("GET", "", null, AdminRequest.AUTHORIZED).body()).doesNotContain(TENANT);
	}

	@Test
	void originAlreadyInTheTableIsAConflict() {
		HttpResponse<String> again = add("another", "https://acme.example.com");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("\"tenant\":\"acme\"");
	}

	@Test
	void adminEndpointRefusesAnonymousCallersWithABasicChallenge() {
		HttpResponse<String> response = admin("GET", "", null, AdminRequest.ANONYMOUS);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"cors-sample admin\"");
	}

	@Test
	void adminEndpointRefusesAWrongPassword() {
		assertThat(admin("GET", "", null, AdminRequest.WRONG_PASSWORD).statusCode()).isEqualTo(401);
		HttpResponse<String> write = admin("POST", "", json("wrong", TENANT), AdminRequest.WRONG_PASSWORD);
		assertThat(write.statusCode()).isEqualTo(401);
		assertThat(preflight("/api/greeting", TENANT).statusCode()).isEqualTo(403);
	}

	@Test
	void adminEndpointRefusesAScriptWithoutAChallengeThatWouldOpenTheBrowsersDialog() {
		HttpResponse<String> response = send(
				request("/admin/tenant-origins").header("X-Requested-With", "XMLHttpRequest")
					.header("Authorization", basic("admin", "wrong")));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void adminEndpointRefusesAnonymousCallersUnderOtherSpellingsOfItsPath() {
		assertThat(send(request("/admin;x=1/tenant-origins")).statusCode()).isEqualTo(401);
		assertThat(send(request("/%61dmin/tenant-origins")).statusCode()).isEqualTo(401);
	}

	@Test
	void adminWriteWithoutTheCsrfTokenIsRefused() {
		HttpResponse<String> write = admin("POST", "", json("forged", TENANT), AdminRequest.WITHOUT_CSRF_TOKEN);
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(admin("GET", "", null, AdminRequest.AUTHORIZED).body()).doesNotContain(TENANT);
	}

	@Test
	void adminEndpointAnswersNoOtherOriginsScript() {
		HttpResponse<String> response = send(
				request("/admin/tenant-origins").header("Origin", "https://app.example.com")
					.header("Authorization", basic("admin", PASSWORD)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> add(String tenant, String origin) {
		return admin("POST", "", json(tenant, origin), AdminRequest.AUTHORIZED);
	}

	private HttpResponse<String> admin(String method, String query, String body, AdminRequest kind) {
		HttpRequest.Builder request = request("/admin/tenant-origins" + query);
		if (kind != AdminRequest.ANONYMOUS) {
			request.header("Authorization",
					basic("admin", (kind == AdminRequest.WRONG_PASSWORD) ? PASSWORD + "-wrong" : PASSWORD));
		}
		if (!method.equals("GET") && kind != AdminRequest.WITHOUT_CSRF_TOKEN) {
			String token = csrfToken();
			request.header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody()));
	}

	/** The token the server sets in the {@code XSRF-TOKEN} cookie, as a page reads it. */
	private String csrfToken() {
		HttpResponse<String> response = send(
				request("/admin/tenant-origins").header("Authorization", basic("admin", PASSWORD)));
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + response.headers().map()));
		return cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'));
	}

	private HttpResponse<String> preflight(String path, String origin) {
		return send(request(path).method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
	}

	private static String json(String tenant, String origin) {
		return "{\"tenant\":\"" + tenant + "\",\"origin\":\"" + origin + "\"}";
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return LoopbackHttp.send(request);
	}

	private enum AdminRequest {

		AUTHORIZED, ANONYMOUS, WRONG_PASSWORD, WITHOUT_CSRF_TOKEN

	}

}
