/**
 * The servlet adapter: a {@link jakarta.servlet.Filter} that reads request facts, applies
 * the policy's decision and calls the chain.
 */
@NullMarked
package dev.crossorigin.cors.servlet;

import org.jspecify.annotations.NullMarked;
