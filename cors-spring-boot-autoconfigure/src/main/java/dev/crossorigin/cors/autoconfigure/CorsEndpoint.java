package dev.crossorigin.cors.autoconfigure;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.crossorigin.cors.policy.CorsMapping;
import dev.crossorigin.cors.policy.CorsPolicy;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The read-only {@code cors} Actuator endpoint: the effective policy per mapping, in the
 * order mappings are tried, with the filter's order and the web stack it runs on.
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	private final CorsPolicy policy;

	private final int filterOrder;

	private final Supplier<CorsFilterStack> filter;

	CorsEndpoint(CorsPolicy policy, int filterOrder, Supplier<CorsFilterStack> filter) {
		this.policy = policy;
		this.filterOrder = filterOrder;
		this.filter = filter;
	}

	/** Describes the policy in force. */
	@ReadOperation
	public CorsDescriptor cors() {
		List<CorsMapping> mappings = this.policy.mappings();
		int last = mappings.size() - 1;
		List<MappingDescriptor> described = IntStream.rangeClosed(0, last)
			.mapToObj((i) -> MappingDescriptor.of((i == last) ? "top-level" : "mappings[" + i + "]", mappings.get(i)))
			.toList();
		CorsFilterStack filter = this.filter.get();
		int order = (filter.order() != null) ? filter.order() : this.filterOrder;
		return new CorsDescriptor(filter.stack().displayName(), order, described);
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param stack the web stack the filter runs on: {@code servlet}, {@code reactive},
	 * or {@code none}
	 * @param filterOrder the filter's order
	 * @param mappings the mappings in the order they are tried; the last is the top level
	 */
	public record CorsDescriptor(String stack, int filterOrder, List<MappingDescriptor> mappings) {
	}

	/**
	 * One mapping's effective settings.
	 *
	 * @param name {@code mappings[i]}, or {@code top-level}
	 * @param paths the paths
	 * @param enabled whether the mapping handles CORS
	 * @param allowedOrigins exact origins
	 * @param allowedOriginPatterns origin patterns
	 * @param allowedMethods methods
	 * @param allowedHeaders request headers
	 * @param exposedHeaders exposed response headers
	 * @param allowCredentials whether credentials are allowed
	 * @param allowPrivateNetwork whether Private Network Access is answered
	 * @param maxAgeSeconds preflight cache lifetime in seconds
	 */
	public record MappingDescriptor(String name, List<String> paths, boolean enabled, List<String> allowedOrigins,
			List<String> allowedOriginPatterns, List<String> allowedMethods, List<String> allowedHeaders,
			List<String> exposedHeaders, boolean allowCredentials, boolean allowPrivateNetwork, long maxAgeSeconds) {

		static MappingDescriptor of(String name, CorsMapping mapping) {
			return new MappingDescriptor(name, mapping.paths(), mapping.enabled(), mapping.allowedOrigins(),
					mapping.allowedOriginPatterns(), mapping.allowedMethods(), mapping.allowedHeaders(),
					mapping.exposedHeaders(), mapping.allowCredentials(), mapping.allowPrivateNetwork(),
					mapping.maxAge().toSeconds());
		}

	}

}
