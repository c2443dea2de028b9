package dev.crossorigin.it.order;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import dev.crossorigin.it.support.SecurityProbe;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.Http.EVIL;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the default {@code cors.filter-order} the CORS filter runs after Spring Boot's
 * observation of the request and before Spring Security: a preflight it rejects is still
 * observed and traced, and never meets authentication. Subclasses choose the stack and
 * the order expected in its real filter chain.
 */
abstract class AbstractFilterOrderTests extends AbstractServerTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SecurityProbe probe;

	@Autowired
	private ObservedRequests observations;

	@Autowired
	private SimpleTracer tracer;

	@Test
	void rejectedPreflightIsObservedAndTraced() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().preflight("/api/hello", EVIL, "GET", null, SecurityProbe.HEADER, mark);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders();
		// Observations may end after the client has the response, so wait for them rather
		// than race them.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.observations.of(mark)).containsEntry("method", "OPTIONS").containsEntry("status", "403");
			assertThat(this.tracer.getSpans()).map(SimpleSpan::getTags)
				.anySatisfy(
						(tags) -> assertThat(tags).containsEntry("method", "OPTIONS").containsEntry("status", "403"));
		});
		assertThat(this.probe.reachedSecurity(mark)).as("preflight reached Spring Security").isFalse();
	}

	@Test
	void acceptedPreflightIsObservedAndNeverMeetsAuthentication() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().preflight("/api/hello", APP, "GET", "authorization",
				SecurityProbe.HEADER, mark);
		assertThatResponse(response).hasStatus(204).hasSingleHeader("Access-Control-Allow-Origin", APP);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.observations.of(mark)).containsEntry("status", "204"));
		assertThat(this.probe.reachedSecurity(mark)).as("preflight reached Spring Security").isFalse();
	}

	@Test
	void corsFilterSitsAfterObservationAndBeforeSpringSecurityInTheRealChain() {
		assertThat(FilterChains.namesInOrder(this.context, http())).containsSubsequence(expectedOrder());
	}

	/** Filter names that must appear in this order in the stack's real chain. */
	abstract List<String> expectedOrder();

}
