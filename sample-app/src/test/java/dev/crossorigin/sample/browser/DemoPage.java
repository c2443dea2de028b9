package dev.crossorigin.sample.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample's demo page ({@code static/index.html}) as the tests read it: the situation
 * it found itself in, and one row per request, with what the browser let the script see
 * and what the page concludes from it.
 */
final class DemoPage {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final WebDriver driver;

	private DemoPage(WebDriver driver) {
		this.driver = driver;
	}

	/** Opens the page at an origin and waits until every row has run. */
	static DemoPage open(WebDriver driver, String origin) {
		driver.get(origin + "/");
		return awaitDone(driver);
	}

	/** Waits until the page the browser shows is the demo page and every row has run. */
	static DemoPage awaitDone(WebDriver driver) {
		new WebDriverWait(driver, TIMEOUT)
			.until((browser) -> "done".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-state")));
		return new DemoPage(driver);
	}

	/**
	 * Signs in as the administrator in the page's form, runs the tenant steps and waits
	 * until they are over.
	 * @return the state they ended in: {@code done}, or {@code refused} when the admin
	 * endpoint refused the password
	 */
	String runTenantSteps(String password) {
		WebElement field = this.driver.findElement(By.id("admin-password"));
		field.clear();
		field.sendKeys(password);
		this.driver.findElement(By.id("tenant-run")).click();
		new WebDriverWait(this.driver, TIMEOUT).until((browser) -> List.of("done", "refused")
			.contains(browser.findElement(By.tagName("body")).getDomAttribute("data-tenant-state")));
		return this.driver.findElement(By.tagName("body")).getDomAttribute("data-tenant-state");
	}

	/** The tenant steps' rows, in the order of the page. */
	List<Row> tenantRows() {
		return this.driver.findElements(By.cssSelector("#tenant-rows tr")).stream().map(Row::of).toList();
	}

	/** The line under the tenant steps. */
	String tenantSummary() {
		return this.driver.findElement(By.id("tenant-summary")).getText();
	}

	/** What the page shows of the {@code tenant_origins} table. */
	String tenantList() {
		return this.driver.findElement(By.id("tenant-list")).getText();
	}

	Row row(String id) {
		return Row.of(this.driver.findElement(By.id("row-" + id)));
	}

	/** Every row, in the order of the page. */
	List<Row> rows() {
		return this.driver.findElements(By.cssSelector("#rows tr")).stream().map(Row::of).toList();
	}

	/** Each row as {@code "id outcome status"}, in the order of the page. */
	List<String> outcomes() {
		return this.driver.findElements(By.cssSelector("#rows tr"))
			.stream()
			.map(Row::of)
			.map((row) -> (row.id() + " " + row.outcome() + " " + row.status()).strip())
			.toList();
	}

	/**
	 * The situation the page worked out from its own origin: {@code same-origin},
	 * {@code cross-origin-allowed} or {@code cross-origin-refused}.
	 */
	String situation() {
		return this.driver.findElement(By.tagName("body")).getDomAttribute("data-situation");
	}

	/** The texts of the situation paragraphs the page shows, for the reader. */
	List<String> shownSituations() {
		return this.driver.findElements(By.cssSelector("p.situation"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((paragraph) -> paragraph.getDomAttribute("data-for"))
			.toList();
	}

	/** The line under the table: how many requests behaved as the policy says. */
	String summary() {
		return this.driver.findElement(By.id("summary")).getText();
	}

	/**
	 * One request as the page reports it.
	 *
	 * @param id the scenario
	 * @param expected what the page expects: {@code allowed} or {@code blocked}
	 * @param outcome what the browser did: {@code allowed} or {@code blocked}
	 * @param status the HTTP status the script could read, empty when the browser blocked
	 * the request
	 * @param detail what the script saw
	 * @param conclusion what the page tells the reader to conclude
	 */
	record Row(String id, String expected, String outcome, String status, String detail, String conclusion) {

		static Row of(WebElement row) {
			return new Row(row.getDomAttribute("id").substring("row-".length()), row.getDomAttribute("data-expected"),
					row.getDomAttribute("data-outcome"), row.getDomAttribute("data-status"),
					row.getDomAttribute("data-detail"), row.getDomAttribute("data-conclusion"));
		}

	}

}
