package dev.crossorigin.sample.conformance;

import dev.crossorigin.conformance.AbstractConformanceTests;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The conformance table against a server started elsewhere with
 * {@code conformance/application.yml} as its only configuration, such as the
 * ahead-of-time processed sample jar ({@code scripts/aot-conformance.sh}). Its name keeps
 * it out of the default test run; it runs with {@code -Dtest=ExternalServerConformance
 * -Dconformance.url=http://127.0.0.1:PORT}.
 */
@EnabledIfSystemProperty(named = "conformance.url", matches = "http.*")
class ExternalServerConformance extends AbstractConformanceTests {

	@Override
	protected String baseUrl() {
		return System.getProperty("conformance.url");
	}

	@Override
	protected boolean serverLogsHere() {
		return false;
	}

}
