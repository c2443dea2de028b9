package dev.crossorigin.cors.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import dev.crossorigin.cors.policy.CorsHeaders;
import org.jspecify.annotations.Nullable;

/**
 * What one filter did with one scenario's request, and the check that it did the job the
 * scenario calls for. Run once before measuring, so a benchmark never times a filter that
 * does something else than its rival.
 *
 * @param status the response status
 * @param chainCalled whether the request went on down the chain
 * @param headers reads a response header by name
 */
public record Outcome(int status, boolean chainCalled, UnaryOperator<@Nullable String> headers) {

	/**
	 * Checks the outcome against the scenario.
	 * @param scenario the scenario
	 * @param subject who produced the outcome
	 * @throws IllegalStateException listing every difference
	 */
	public void verify(Scenario scenario, Subject subject) {
		List<String> problems = new ArrayList<>();
		String allowOrigin = header(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		if (subject == Subject.PASS_THROUGH) {
			expect(problems, this.chainCalled, "the chain was not called");
			expect(problems, allowOrigin == null, "Access-Control-Allow-Origin was written");
		}
		else if (scenario.isAllowed()) {
			expect(problems, scenario.origin().equals(allowOrigin), "Access-Control-Allow-Origin is " + allowOrigin);
			expect(problems, "true".equals(header(CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)),
					"Access-Control-Allow-Credentials is not true");
			if (scenario.isPreflight()) {
				// Spring leaves an accepted preflight's status alone; we answer 204.
				expect(problems, this.status == ((subject == Subject.STARTER) ? 204 : 200), "status " + this.status);
				expect(problems, !this.chainCalled, "the preflight went down the chain");
				expect(problems, contains(header(CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS), scenario.requestMethod()),
						"Access-Control-Allow-Methods lacks " + scenario.requestMethod());
				for (String name : scenario.requestHeaders().split(",")) {
					expect(problems, contains(header(CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS), name),
							"Access-Control-Allow-Headers lacks " + name);
				}
				expect(problems, "3600".equals(header(CorsHeaders.ACCESS_CONTROL_MAX_AGE)),
						"Access-Control-Max-Age is " + header(CorsHeaders.ACCESS_CONTROL_MAX_AGE));
			}
			else {
				expect(problems, this.chainCalled, "the chain was not called");
				expect(problems, contains(header(CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS), "X-Request-Id"),
						"Access-Control-Expose-Headers lacks X-Request-Id");
			}
		}
		else {
			expect(problems, allowOrigin == null, "Access-Control-Allow-Origin was written");
			if (scenario.isPreflight()) {
				expect(problems, this.status == 403, "status " + this.status);
				expect(problems, !this.chainCalled, "the preflight went down the chain");
			}
			else if (scenario.origin() != null && subject == Subject.SPRING) {
				// Spring's DefaultCorsProcessor answers 403 where we let the request
				// proceed without CORS headers.
				expect(problems, this.status == 403, "status " + this.status);
				expect(problems, !this.chainCalled, "the chain was called");
			}
			else {
				expect(problems, this.chainCalled, "the chain was not called");
				expect(problems, this.status == 200, "status " + this.status);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(subject + " on " + scenario + ": " + String.join("; ", problems));
		}
	}

	private @Nullable String header(String name) {
		return this.headers.apply(name);
	}

	private static boolean contains(@Nullable String list, String name) {
		if (list == null) {
			return false;
		}
		for (String element : list.split(",")) {
			if (element.strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static void expect(List<String> problems, boolean condition, String problem) {
		if (!condition) {
			problems.add(problem);
		}
	}

}
