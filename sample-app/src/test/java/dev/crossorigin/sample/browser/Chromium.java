package dev.crossorigin.sample.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver, both from fixed paths:
 * with the driver's path given, Selenium never runs Selenium Manager, so it never looks
 * for, or downloads, a browser or a driver.
 */
final class Chromium {

	static final String REQUIRED_VARIABLE = "REQUIRE_CORS_BROWSER_TESTS";

	private static final File BROWSER = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private static final String INSTALL = "apt-get install -y chromium chromium-driver";

	/** {@code profile.cookie_controls_mode} that allows third-party cookies. */
	private static final int COOKIE_CONTROLS_OFF = 0;

	/** {@code profile.cookie_controls_mode} that blocks third-party cookies. */
	private static final int COOKIE_CONTROLS_BLOCK_THIRD_PARTY = 1;

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser with a fresh profile (no cookies, no cached preflights) and
	 * Chromium's default settings.
	 */
	static Chromium start() {
		return start(new ChromeOptions());
	}

	/**
	 * Starts a browser with a fresh profile that allows or blocks third-party cookies,
	 * the setting users find in Chromium's "Third-party cookies" page.
	 * @param allowed whether to allow third-party cookies
	 */
	static Chromium startWithThirdPartyCookies(boolean allowed) {
		ChromeOptions options = new ChromeOptions();
		int mode = allowed ? COOKIE_CONTROLS_OFF : COOKIE_CONTROLS_BLOCK_THIRD_PARTY;
		options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", mode));
		return start(options);
	}

	private static Chromium start(ChromeOptions options) {
		Path profile = createProfile();
		options.setBinary(BROWSER);
		// The tests talk to loopback addresses only; these flags stop the background
		// traffic (component updates, sync, field trials) a fresh profile would start,
		// and --no-sandbox lets Chromium run as root in CI.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--window-size=1100,1350", "--user-data-dir=" + profile);
		// With the driver's path given, Selenium skips Selenium Manager, which would look
		// for or download one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		try {
			return new Chromium(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			delete(profile);
			throw ex;
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void quit() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
		}
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("cors-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temporary directory is harmless.
		}
	}

	/**
	 * Skips the tests where Chromium or its driver is not installed, saying how to
	 * install them, or fails them when {@value #REQUIRED_VARIABLE} is {@code true}, so
	 * that CI cannot pass without running them.
	 */
	static final class Installed implements ExecutionCondition {

		private static final Namespace NAMESPACE = Namespace.create(Installed.class);

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (BROWSER.canExecute() && DRIVER.canExecute()) {
				return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
			}
			String problem = "Browser tests need " + BROWSER + " and " + DRIVER + "; install them with: " + INSTALL;
			if (Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
				throw new IllegalStateException(problem + " (" + REQUIRED_VARIABLE + "=true forbids skipping them)");
			}
			String reason = problem + " (skipped; set " + REQUIRED_VARIABLE + "=true to fail instead)";
			// Surefire counts skipped tests but does not print why; say it once per run,
			// not once per class.
			context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("reported", (key) -> {
				System.err.println("[WARNING] " + reason);
				return true;
			});
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
