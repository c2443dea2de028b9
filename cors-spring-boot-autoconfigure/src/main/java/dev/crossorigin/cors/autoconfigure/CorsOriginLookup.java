package dev.crossorigin.cors.autoconfigure;

/**
 * Decides, one origin at a time, whether an origin the rest of the policy does not allow
 * is allowed after all: the per-request shape of dynamic origins, for origins too many or
 * too fluid to list (say, any custom domain a tenant has verified). Consulted only for
 * such an origin, on paths whose mapping has {@code allow-dynamic-origins: true}; its
 * answers are cached (allowed and refused alike, with their own time to live and a
 * maximum size), concurrent lookups of one origin share one call, and a lookup that takes
 * longer than {@code cors.dynamic-origins.lookup.timeout} refuses the origin.
 *
 * <p>
 * On the servlet stack the request thread waits for the answer, at most the timeout. On
 * WebFlux define a {@link ReactiveCorsOriginLookup} instead, which never blocks an event
 * loop.
 */
@FunctionalInterface
public interface CorsOriginLookup {

	/**
	 * Whether an origin is allowed.
	 * @param origin a well-formed serialised origin, such as
	 * {@code https://shop.customer.example}
	 * @return whether it is allowed
	 * @throws Exception when it cannot be told, which refuses the origin, uncached
	 */
	boolean isAllowed(String origin) throws Exception;

}
