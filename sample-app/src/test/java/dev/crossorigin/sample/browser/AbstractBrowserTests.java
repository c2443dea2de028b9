package dev.crossorigin.sample.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.crossorigin.conformance.DeliberateFailures;
import dev.crossorigin.sample.LoopbackHttp;
import dev.crossorigin.sample.SampleApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium against the running sample application: what a browser allows, blocks
 * and caches, read from the demo page and from scripts run in it. Subclasses choose the
 * web stack; the tests are the same for both.
 *
 * <p>
 * The page calls {@code http://127.0.0.1:PORT}, and is opened from three origins of the
 * one server: {@code http://localhost:PORT}, an origin the sample allows;
 * {@code http://127.0.0.1:PORT}, the API's own origin; and {@code http://127.0.0.2:PORT},
 * an origin the sample does not allow.
 */
@ExtendWith(Chromium.Installed.class)
abstract class AbstractBrowserTests {

	/**
	 * Set to {@code true} to write the demo page's screenshot to
	 * {@code docs/demo-page.png}.
	 */
	private static final String SCREENSHOT_PROPERTY = "cors.screenshot";

	private static final String ADMIN_PASSWORD = "browser-admin-password";

	@LocalServerPort
	private int port;

	private Chromium chromium;

	@DynamicPropertySource
	static void serverPort(DynamicPropertyRegistry registry) {
		// The sample allows http://localhost:${server.port}; with a random port that
		// origin would be ":0", so the test picks the port itself.
		int port = LoopbackHttp.freePort();
		registry.add("server.port", () -> port);
		registry.add("sample.admin.password", () -> ADMIN_PASSWORD);
	}

	/** The stack the application runs on in these tests. */
	abstract WebApplicationType webApplicationType();

	@AfterEach
	void quitBrowser() {
		if (this.chromium != null) {
			this.chromium.quit();
		}
	}

	@Test
	void demoPageOpenedFromTheAllowedOriginShowsWhatThePolicyAllowsAndBlocks() {
		// The row GET /api/fail provokes the server's one deliberate failure.
		DemoPage page = DeliberateFailures.expectOne(() -> DemoPage.open(browser(), pageOrigin()));
		assertThat(page.situation()).isEqualTo("cross-origin-allowed");
		assertThat(page.shownSituations()).containsExactly("cross-origin-allowed");
		assertThat(page.outcomes()).containsExactly("simple-get allowed 200", "json-post allowed 200",
				"allowed-header allowed 200", "disallowed-header blocked", "disallowed-method blocked",
				"credentialed allowed 401", "credentialed-public blocked", "exposed-header allowed 200",
				"unexposed-header blocked 200", "unauthorized allowed 401", "not-found allowed 404",
				"server-error allowed 500");
		assertEveryRowBehavedAsExpected(page);
		assertThat(page.row("simple-get").detail())
			.isEqualTo("200 Hello, Browser! (served by the " + stackName() + " stack)");
		assertThat(page.row("json-post").detail()).isEqualTo("200 echoed \"posted from the browser\"");
		assertThat(page.row("allowed-header").detail()).isEqualTo("200 X-Request-Id echoed: demo-1");
		assertThat(page.row("disallowed-header").detail()).isEqualTo("TypeError: Failed to fetch");
		assertThat(page.row("disallowed-header").conclusion()).contains("X-Debug is not in cors.allowed-headers");
		assertThat(page.row("exposed-header").detail()).matches("200 X-Request-Id: [0-9a-f-]{36}");
		assertThat(page.row("unexposed-header").detail()).isEqualTo("200 Vary: null");
		assertThat(page.row("unexposed-header").conclusion())
			.contains("the response itself is readable (200), but Vary is not in cors.exposed-headers");
		screenshotIfAsked();
	}

	@Test
	void demoPageOpenedFromTheApisOwnOriginIsSameOriginAndReadsEverything() {
		DemoPage page = DeliberateFailures.expectOne(() -> DemoPage.open(browser(), apiOrigin()));
		assertThat(page.situation()).isEqualTo("same-origin");
		assertThat(page.shownSituations()).containsExactly("same-origin");
		assertThat(page.outcomes()).containsExactly("simple-get allowed 200", "json-post allowed 200",
				"allowed-header allowed 200", "disallowed-header allowed 200", "disallowed-method allowed 405",
				"credentialed allowed 401", "credentialed-public allowed 200", "exposed-header allowed 200",
				"unexposed-header allowed 200", "unauthorized allowed 401", "not-found allowed 404",
				"server-error allowed 500");
		assertEveryRowBehavedAsExpected(page);
		assertThat(page.row("unexposed-header").detail()).startsWith("200 Vary: ").contains("Origin");
		assertThat(page.row("simple-get").conclusion()).startsWith("same origin: the browser applies no CORS");
	}

	@Test
	void demoPageOpenedFromAnOriginThatIsNotAllowedHasEveryRequestBlocked() {
		// The browser sends GET /api/fail (a simple request) and only then keeps the
		// answer from the script.
		DemoPage page = DeliberateFailures.expectOne(() -> DemoPage.open(browser(), "http://127.0.0.2:" + this.port));
		assertThat(page.situation()).isEqualTo("cross-origin-refused");
		assertThat(page.shownSituations()).containsExactly("cross-origin-refused");
		assertThat(page.outcomes()).containsExactly("simple-get blocked", "json-post blocked", "allowed-header blocked",
				"disallowed-header blocked", "disallowed-method blocked", "credentialed blocked",
				"credentialed-public blocked", "exposed-header blocked", "unexposed-header blocked",
				"unauthorized blocked", "not-found blocked", "server-error blocked");
		assertEveryRowBehavedAsExpected(page);
		assertThat(page.row("json-post").conclusion()).contains("the starter refused the preflight (403)");
		assertThat(page.row("simple-get").conclusion()).contains("no Access-Control-Allow-Origin came back");
	}

	@Test
	void demoPageShowsATenantOriginRefusedAddedAllowedAndRemovedAgainWithoutARestart() {
		DemoPage page = DeliberateFailures.expectOne(() -> DemoPage.open(browser(), pageOrigin()));
		assertThat(page.tenantList()).isEqualTo("(sign in to see it)");
		assertThat(page.runTenantSteps(ADMIN_PASSWORD)).isEqualTo("done");
		String tenant = "http://tenant.localhost:" + this.port;
		assertThat(page.tenantRows()).extracting((row) -> (row.id() + " " + row.outcome() + " " + row.status()).strip())
			.containsExactly("tenant-before blocked", "tenant-add done 201", "tenant-after-add allowed 200",
					"tenant-remove done 200", "tenant-after-remove blocked");
		assertThat(page.tenantRows()).allSatisfy((row) -> {
			assertThat(row.outcome()).as(row.id()).isEqualTo(row.expected());
			assertThat(row.conclusion()).as(row.id()).isNotBlank().doesNotStartWith("unexpected");
		});
		assertThat(page.row("tenant-before").detail()).isEqualTo("TypeError: Failed to fetch");
		assertThat(page.row("tenant-add").detail()).contains("\"origin\":\"" + tenant + "\"")
			.contains("\"inForce\":true");
		assertThat(page.row("tenant-after-add").detail()).isEqualTo("echoed \"posted from " + tenant + "\"");
		assertThat(page.tenantSummary()).isEqualTo("5 of 5 steps behaved as expected.");
		assertThat(page.tenantList())
			.isEqualTo("https://acme.example.com (acme), https://*.globex.example.com (globex)");
	}

	@Test
	void demoPageRunsNoTenantStepWithAWrongAdminPassword() {
		DemoPage page = DeliberateFailures.expectOne(() -> DemoPage.open(browser(), pageOrigin()));
		assertThat(page.runTenantSteps("wrong")).isEqualTo("refused");
		assertThat(page.tenantSummary()).isEqualTo("The admin endpoint refused the user name or password (401).");
		assertThat(page.tenantRows()).isEmpty();
	}

	@Test
	void cookieFromSameOriginSignInIsSentCrossOriginWithCredentialsWhereThirdPartyCookiesAreAllowed() {
		this.chromium = Chromium.startWithThirdPartyCookies(true);
		DemoPage page = signInAndReturnToDemo();
		assertThat(page.row("credentialed")).extracting(DemoPage.Row::outcome, DemoPage.Row::detail)
			.containsExactly("allowed", "200 signed in as demo");
		assertThat(page.row("unauthorized").status()).as("status without credentials: 'include'").isEqualTo("401");
		assertThat(page.row("credentialed-public").outcome()).isEqualTo("blocked");
	}

	@Test
	void cookieFromSameOriginSignInIsWithheldCrossSiteWhereThirdPartyCookiesAreBlocked() {
		// localhost and 127.0.0.1 are different sites, so on the demo page the session
		// cookie is a third-party cookie; Chromium's default settings block those. CORS
		// still lets the script read the 401.
		this.chromium = Chromium.startWithThirdPartyCookies(false);
		DemoPage page = signInAndReturnToDemo();
		assertThat(page.row("credentialed")).extracting(DemoPage.Row::outcome, DemoPage.Row::status)
			.containsExactly("allowed", "401");
		browser().get(apiOrigin() + "/api/me");
		assertThat(browser().findElement(By.tagName("body")).getText()).as("same-origin /api/me").contains("demo");
	}

	@Test
	void unauthorizedResponseFromSecuredPathIsReadableByTheScript() {
		openDocumentAt(pageOrigin());
		Object seen = script("""
				const response = await fetch(arguments[0] + '/api/me');
				return [response.status, (await response.json()).error];""", apiOrigin());
		assertThat(seen).isEqualTo(List.of(401L, "not signed in"));
	}

	@Test
	void identicalPreflightedRequestWithinMaxAgeIsNotPreflightedAgain() {
		openDocumentAt(pageOrigin());
		long before = preflights();
		assertThat(fetchWithCustomHeader(apiOrigin())).isEqualTo(200L);
		assertThat(preflights()).isEqualTo(before + 1);
		assertThat(fetchWithCustomHeader(apiOrigin())).isEqualTo(200L);
		assertThat(preflights()).as("preflights after an identical request").isEqualTo(before + 1);
	}

	@Test
	void identicalPreflightedRequestIsPreflightedAgainWhenMaxAgeIsZero() {
		int port = LoopbackHttp.freePort();
		try (ConfigurableApplicationContext uncached = applicationWithoutItsOwnLogging().run("--server.port=" + port,
				"--cors.max-age=0", "--spring.main.banner-mode=off")) {
			String pageOrigin = "http://localhost:" + port;
			String apiOrigin = "http://127.0.0.1:" + port;
			openDocumentAt(pageOrigin);
			long before = preflights();
			assertThat(fetchWithCustomHeader(apiOrigin)).isEqualTo(200L);
			assertThat(preflights()).isEqualTo(before + 1);
			assertThat(fetchWithCustomHeader(apiOrigin)).isEqualTo(200L);
			assertThat(preflights()).as("preflights after an identical request").isEqualTo(before + 2);
		}
	}

	/**
	 * The sample as a second application in this JVM, logging through the test's logging
	 * as it is: its own logging system would configure logging anew, and on Spring Boot
	 * 3.5 leave the test's server with no log output at all once it closes, so that the
	 * tests after it could not see the deliberate failures they assert. Spring Cloud's
	 * {@code LoggingSystemShutdownListener} (the sample has Spring Cloud for its refresh)
	 * would clean the logging system up as the application starts, to the same effect.
	 */
	private SpringApplication applicationWithoutItsOwnLogging() {
		SpringApplication application = new SpringApplicationBuilder(SampleApplication.class).web(webApplicationType())
			.build();
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.filter((listener) -> !listener.getClass()
				.getName()
				.equals("org.springframework.cloud.bootstrap.LoggingSystemShutdownListener"))
			.toList());
		return application;
	}

	private static void assertEveryRowBehavedAsExpected(DemoPage page) {
		assertThat(page.rows()).allSatisfy((row) -> {
			assertThat(row.outcome()).as(row.id()).isEqualTo(row.expected());
			assertThat(row.conclusion()).as(row.id()).isNotBlank().doesNotStartWith("unexpected");
		});
		assertThat(page.summary()).startsWith("12 of 12 requests behaved as the sample's policy says");
	}

	private DemoPage signInAndReturnToDemo() {
		WebDriver browser = browser();
		browser.get(apiOrigin() + "/login.html");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, DemoPage.TIMEOUT).until(ExpectedConditions.urlToBe(pageOrigin() + "/"));
		return DemoPage.awaitDone(browser);
	}

	/**
	 * Opens a document of the sample at an origin, for scripts to run there: a JSON one,
	 * which runs no script of its own and sends no request.
	 */
	private void openDocumentAt(String origin) {
		browser().get(origin + "/public/info");
	}

	/**
	 * Sends a request that needs a preflight (a custom header), and returns the status
	 * the script read.
	 */
	private Object fetchWithCustomHeader(String apiOrigin) {
		return script("""
				const response = await fetch(arguments[0] + '/api/greeting', { headers: { 'X-Request-Id': 'probe' } });
				return response.status;""", apiOrigin);
	}

	/**
	 * The preflights the server of the current page has counted, read with a same-origin
	 * request.
	 */
	private long preflights() {
		return (Long) script("return (await (await fetch('/api/preflights')).json()).count;");
	}

	/** Runs an async function body in the current page and returns its result. */
	private Object script(String body, Object... arguments) {
		String async = "const done = arguments[arguments.length - 1];" + "(async function () {" + body
				+ "}).apply(null, Array.prototype.slice.call(arguments, 0, -1))"
				+ ".then(done, (error) => done('error: ' + error));";
		return browser().executeAsyncScript(async, arguments);
	}

	private void screenshotIfAsked() {
		if (!Boolean.getBoolean(SCREENSHOT_PROPERTY) || webApplicationType() != WebApplicationType.SERVLET) {
			return;
		}
		Path target = repositoryRoot().resolve("docs/demo-page.png");
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, browser().getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The browser of this test, started with default settings on first use. */
	private ChromeDriver browser() {
		if (this.chromium == null) {
			this.chromium = Chromium.start();
		}
		return this.chromium.driver();
	}

	private String pageOrigin() {
		return "http://localhost:" + this.port;
	}

	private String apiOrigin() {
		return "http://127.0.0.1:" + this.port;
	}

	private String stackName() {
		return (webApplicationType() == WebApplicationType.REACTIVE) ? "reactive" : "servlet";
	}

	private static Path repositoryRoot() {
		Path directory = Path.of("").toAbsolutePath();
		while (!Files.exists(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		return directory;
	}

}
