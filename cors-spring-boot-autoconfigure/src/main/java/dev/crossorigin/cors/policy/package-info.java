/**
 * The CORS policy engine: an immutable, validated
 * {@link dev.crossorigin.cors.policy.CorsPolicy}, its compiled origin, path and header
 * matchers, and the one decision function both web stacks share. Nothing here knows about
 * servlets, WebFlux or Spring Boot.
 */
@NullMarked
package dev.crossorigin.cors.policy;

import org.jspecify.annotations.NullMarked;
