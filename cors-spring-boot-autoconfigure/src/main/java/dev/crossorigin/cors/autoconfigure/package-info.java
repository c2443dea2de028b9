/**
 * Auto-configuration: binds {@code cors.*} properties into a
 * {@link dev.crossorigin.cors.policy.CorsPolicy}, registers the filter of the running web
 * stack, and explains policies that fail validation.
 */
@NullMarked
package dev.crossorigin.cors.autoconfigure;

import org.jspecify.annotations.NullMarked;
