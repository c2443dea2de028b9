/**
 * The reactive adapter: a {@link org.springframework.web.server.WebFilter} that reads
 * request facts, applies the policy's decision and calls the chain.
 */
@NullMarked
package dev.crossorigin.cors.reactive;

import org.jspecify.annotations.NullMarked;
