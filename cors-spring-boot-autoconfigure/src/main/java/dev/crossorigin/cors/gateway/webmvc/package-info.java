/**
 * The starter on Spring Cloud Gateway's Web MVC flavour: a servlet {@code Filter} that
 * notes what the starter does with each request before routing, and the gateway's request
 * and response {@code HttpHeadersFilter}s that act on it.
 */
@NullMarked
package dev.crossorigin.cors.gateway.webmvc;

import org.jspecify.annotations.NullMarked;
