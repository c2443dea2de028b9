/**
 * The CORS policy engine: an immutable, validated
 * {@link dev.crossorigin.cors.policy.CorsPolicy}, its compiled origin, path and header
 * matchers, and the one decision function both web stacks share. Nothing here knows about
 * servlets, WebFlux or Spring Boot.
 *
 * <p>
 * {@code CorsPolicy} is the public face, built by {@code CorsPolicy.Builder} and
 * {@code CorsSettings}. {@code PolicyValidator} resolves a builder into effective
 * mappings, with {@code SettingsValidator} checking each value. {@code CompiledPolicy}
 * picks the mapping that covers a request and {@code CompiledRule} applies that mapping's
 * request rules; when asked, they record what they found in {@code Findings}, which
 * {@code Explanation} renders. Each grammar has one home: {@code OriginSyntax} (origins,
 * ports, default ports), {@code OriginPattern} (configured patterns), {@code HttpTokens}
 * and {@code RequestHeaderList} (tokens and lists of header names), {@code PathMatcher}
 * (paths).
 */
@NullMarked
package dev.crossorigin.cors.policy;

import org.jspecify.annotations.NullMarked;
