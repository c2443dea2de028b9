package dev.crossorigin.sample.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample's demo page ({@code static/index.html}) as the tests read it: one row per
 * cross-origin request, with what the browser let the script see.
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

	Row row(String id) {
		return Row.of(this.driver.findElement(By.id("row-" + id)));
	}

	/** Each row as {@code "id outcome status"}, in the order of the page. */
	List<String> outcomes() {
		return this.driver.findElements(By.cssSelector("#rows tr"))
			.stream()
			.map(Row::of)
			.map((row) -> (row.id() + " " + row.outcome() + " " + row.status()).strip())
			.toList();
	}

	/** Whether the page says that its origin is not one the sample allows. */
	boolean warnsAboutOrigin() {
		return this.driver.findElement(By.id("origin-note")).isDisplayed();
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
	 */
	record Row(String id, String expected, String outcome, String status, String detail) {

		static Row of(WebElement row) {
			return new Row(row.getDomAttribute("id").substring("row-".length()), row.getDomAttribute("data-expected"),
					row.getDomAttribute("data-outcome"), row.getDomAttribute("data-status"),
					row.getDomAttribute("data-detail"));
		}

	}

}
