/**
 * The CORS policy engine: an immutable, validated
 * {@link dev.crossorigin.cors.policy.CorsPolicy}, its compiled origin, path and header
 * matchers, and the one decision function both web stacks share. Nothing here knows about
 * servlets, WebFlux or Spring Boot.
 *
 * <p>
 * {@code CorsPolicy} is the public face, built by {@code CorsPolicyBuilder} and
 * {@code CorsSettings}. {@code PolicyValidator} resolves a builder into effective
 * mappings, with {@code SettingsValidator} checking each value. {@code CompiledPolicy}
 * picks the mapping that covers a request and {@code CompiledRule} applies that mapping's
 * request rules; when asked, they record what they found in {@code Findings}, which
 * {@code Explanation} renders. Each grammar has one home: {@code OriginSyntax} (origins,
 * ports, default ports), {@code OriginPattern} (configured patterns), {@code HttpTokens}
 * and {@code RequestHeaderList} (tokens and lists of header names), {@code PathMatcher}
 * (paths).
 *
 * <p>
 * {@code CorsFilterSupport} is what the servlet and reactive filters share: the live
 * policy, the metrics listener, the debug switch and the per-request
 * {@code DynamicOriginLookup}, whose cached answer is asked for inside the one decision.
 * The filters add only their stack's reading and writing ({@code CorsRequestReader},
 * {@code CorsResponseWriter#of}) and how they wait for a lookup.
 */
@NullMarked
package dev.crossorigin.cors.policy;

import org.jspecify.annotations.NullMarked;
