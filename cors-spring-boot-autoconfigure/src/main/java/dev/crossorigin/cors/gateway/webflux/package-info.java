/**
 * The starter on Spring Cloud Gateway's WebFlux flavour: a {@code WebFilter} that notes
 * what the starter does with each exchange before routing, and the gateway's
 * {@code HttpHeadersFilter}s that act on it.
 */
@NullMarked
package dev.crossorigin.cors.gateway.webflux;

import org.jspecify.annotations.NullMarked;
