/**
 * What the starter does on a Spring Cloud Gateway, whichever its flavour: which paths it
 * answers, which it passes through to the services, and how the services' own CORS
 * headers give way to the gateway's.
 */
@NullMarked
package dev.crossorigin.cors.gateway;

import org.jspecify.annotations.NullMarked;
