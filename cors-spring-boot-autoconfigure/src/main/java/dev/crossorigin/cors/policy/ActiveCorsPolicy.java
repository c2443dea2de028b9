package dev.crossorigin.cors.policy;

import java.time.Instant;

/**
 * A policy put in force by a {@link LiveCorsPolicy}.
 *
 * @param policy the policy
 * @param generation 1 for the policy the application started with, one more for each
 * policy put in force since
 * @param appliedAt when it was put in force
 * @param source where it came from, for people: {@code cors.* properties}, a refresh, the
 * application's code
 */
public record ActiveCorsPolicy(CorsPolicy policy, long generation, Instant appliedAt, String source) {
}
