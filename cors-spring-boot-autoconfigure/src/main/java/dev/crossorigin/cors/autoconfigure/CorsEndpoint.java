package dev.crossorigin.cors.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.crossorigin.cors.policy.ActiveCorsPolicy;
import dev.crossorigin.cors.policy.CorsMapping;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The read-only {@code cors} Actuator endpoint: the policy in force per mapping, in the
 * order mappings are tried, its generation, when and from where it was applied, the last
 * update that was refused and why, the filter's order and the web stack it runs on.
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	private final CorsPolicyUpdater updater;

	private final int filterOrder;

	private final Supplier<CorsFilterStack> filter;

	CorsEndpoint(CorsPolicyUpdater updater, int filterOrder, Supplier<CorsFilterStack> filter) {
		this.updater = updater;
		this.filterOrder = filterOrder;
		this.filter = filter;
	}

	/** Describes the policy in force. */
	@ReadOperation
	public CorsDescriptor cors() {
		ActiveCorsPolicy active = this.updater.active();
		List<CorsMapping> mappings = active.policy().mappings();
		int last = mappings.size() - 1;
		List<MappingDescriptor> described = IntStream.rangeClosed(0, last)
			.mapToObj((i) -> MappingDescriptor.of((i == last) ? "top-level" : "mappings[" + i + "]", mappings.get(i)))
			.toList();
		CorsFilterStack filter = this.filter.get();
		int order = (filter.order() != null) ? filter.order() : this.filterOrder;
		return new CorsDescriptor(filter.stack().displayName(), order, active.generation(), active.appliedAt(),
				active.source(), this.updater.lastRefused().map(RefusedUpdateDescriptor::of).orElse(null), described);
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param stack the web stack the filter runs on: {@code servlet}, {@code reactive},
	 * or {@code none}
	 * @param filterOrder the filter's order
	 * @param generation 1 for the policy the application started with, one more for each
	 * policy put in force since
	 * @param appliedAt when the policy in force was put in force
	 * @param source where it came from
	 * @param lastRefused the last update refused, or {@code null}
	 * @param mappings the mappings in the order they are tried; the last is the top level
	 */
	public record CorsDescriptor(String stack, int filterOrder, long generation, Instant appliedAt, String source,
			@Nullable RefusedUpdateDescriptor lastRefused, List<MappingDescriptor> mappings) {
	}

	/**
	 * An update that was refused.
	 *
	 * @param at when
	 * @param source where it came from
	 * @param problems each problem, in the words of a start-up failure
	 */
	public record RefusedUpdateDescriptor(Instant at, String source, List<String> problems) {

		static RefusedUpdateDescriptor of(CorsPolicyUpdate update) {
			return new RefusedUpdateDescriptor(update.at(), update.source(),
					update.problems().stream().map((problem) -> problem.describe("cors")).toList());
		}

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
