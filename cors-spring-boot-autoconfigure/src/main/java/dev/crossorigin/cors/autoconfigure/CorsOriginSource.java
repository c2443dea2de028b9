package dev.crossorigin.cors.autoconfigure;

/**
 * Supplies origins the application keeps as data, such as its tenants' origins in a
 * database table: the snapshot shape of dynamic origins, the one to reach for first. The
 * starter loads them at start-up and again every
 * {@code cors.dynamic-origins.refresh-interval} (and at once on a
 * {@link CorsOriginsChangedEvent} or {@link DynamicCorsOrigins#refresh()}), on a thread
 * of its own, never a request's: a blocking query is fine, on WebFlux too. Each entry is
 * validated by the rules of {@code cors.allowed-origins} and
 * {@code cors.allowed-origin-patterns}; an invalid one is skipped with a warning naming
 * it, never allowed. The valid ones are compiled into the policy in force, so a request
 * from one of them costs what a request from a static origin costs, however many there
 * are. Only the top level and mappings with {@code allow-dynamic-origins: true} consult
 * them.
 */
@FunctionalInterface
public interface CorsOriginSource {

	/**
	 * Loads the origins. A failure (an exception, or taking longer than
	 * {@code cors.dynamic-origins.load-timeout}) keeps the last good set in force and is
	 * reported.
	 * @return the exact origins and origin patterns to allow
	 * @throws Exception when the origins cannot be loaded
	 */
	CorsOrigins load() throws Exception;

}
