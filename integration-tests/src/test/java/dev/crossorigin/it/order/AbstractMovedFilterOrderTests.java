package dev.crossorigin.it.order;

import java.net.http.HttpResponse;
import java.util.List;

import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import dev.crossorigin.it.support.SecurityProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cors.filter-order=-90} moves the CORS filter after Spring Security
 * ({@code -100}), where Spring Security meets preflights first and refuses them for want
 * of credentials: what the default order exists to prevent. Subclasses choose the stack.
 */
abstract class AbstractMovedFilterOrderTests extends AbstractServerTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SecurityProbe probe;

	@Test
	void preflightMeetsAuthenticationWhenTheFilterIsOrderedAfterSpringSecurity() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().preflight("/api/hello", APP, "GET", null, SecurityProbe.HEADER, mark);
		assertThatResponse(response).hasStatus(401);
		assertThat(this.probe.reachedSecurity(mark)).as("preflight reached Spring Security").isTrue();
	}

	@Test
	void springSecuritySitsBeforeTheCorsFilterInTheRealChain() {
		assertThat(FilterChains.namesInOrder(this.context, http())).containsSubsequence(expectedOrder());
	}

	/** Filter names that must appear in this order in the stack's real chain. */
	abstract List<String> expectedOrder();

}
