package dev.crossorigin.cors.policy;

import java.util.Map;

/**
 * The outcome of {@link CorsPolicy#evaluate(CorsRequest)}.
 *
 * @param decision the decision
 * @param headers the response headers written, by name
 */
public record CorsResult(CorsDecision decision, Map<String, String> headers) {
}
