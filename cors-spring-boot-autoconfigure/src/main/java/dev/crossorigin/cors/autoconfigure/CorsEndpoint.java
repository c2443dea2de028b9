package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
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
 * update that was refused and why, the filter's order and the web stack it runs on, and
 * the origins the application supplies at run time: how many, how old, how the last load
 * went, and what the per-request lookup has answered.
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	private final CorsPolicyUpdater updater;

	private final int filterOrder;

	private final Supplier<CorsFilterStack> filter;

	private final Supplier<@Nullable DynamicCorsOrigins> snapshot;

	private final Supplier<@Nullable CachingOriginLookup> lookup;

	CorsEndpoint(CorsPolicyUpdater updater, int filterOrder, Supplier<CorsFilterStack> filter,
			Supplier<@Nullable DynamicCorsOrigins> snapshot, Supplier<@Nullable CachingOriginLookup> lookup) {
		this.updater = updater;
		this.filterOrder = filterOrder;
		this.filter = filter;
		this.snapshot = snapshot;
		this.lookup = lookup;
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
		DynamicCorsOrigins snapshot = this.snapshot.get();
		CachingOriginLookup lookup = this.lookup.get();
		DynamicOriginsDescriptor dynamic = (snapshot != null || lookup != null)
				? new DynamicOriginsDescriptor((snapshot != null) ? SnapshotDescriptor.of(snapshot) : null,
						(lookup != null) ? LookupDescriptor.of(lookup) : null)
				: null;
		return new CorsDescriptor(filter.stack().displayName(), order, active.generation(), active.appliedAt(),
				active.source(), this.updater.lastRefused().map(RefusedUpdateDescriptor::of).orElse(null), described,
				dynamic);
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
	 * @param dynamicOrigins the origins supplied at run time, or {@code null} when the
	 * application supplies none
	 */
	public record CorsDescriptor(String stack, int filterOrder, long generation, Instant appliedAt, String source,
			@Nullable RefusedUpdateDescriptor lastRefused, List<MappingDescriptor> mappings,
			@Nullable DynamicOriginsDescriptor dynamicOrigins) {
	}

	/**
	 * The origins the application supplies at run time.
	 *
	 * @param snapshot the snapshot of a {@link CorsOriginSource}, or {@code null}
	 * @param lookup the per-request lookup, or {@code null}
	 */
	public record DynamicOriginsDescriptor(@Nullable SnapshotDescriptor snapshot, @Nullable LookupDescriptor lookup) {
	}

	/**
	 * The snapshot in force and how the last load went.
	 *
	 * @param origins exact origins in force
	 * @param patterns origin patterns in force
	 * @param skipped the invalid entries the last good load skipped, each with why
	 * @param loadedAt when the origins in force were loaded, or {@code null} before the
	 * first good load
	 * @param ageSeconds how long ago that was, or {@code null}
	 * @param refreshIntervalSeconds how often they are loaded again
	 * @param lastError why the last load failed, or {@code null} when it succeeded
	 * @param lastErrorAt when it failed, or {@code null}
	 * @param loads loads that succeeded since start-up
	 * @param failedLoads loads that failed or timed out since start-up
	 */
	public record SnapshotDescriptor(int origins, int patterns, List<String> skipped, @Nullable Instant loadedAt,
			@Nullable Long ageSeconds, long refreshIntervalSeconds, @Nullable String lastError,
			@Nullable Instant lastErrorAt, long loads, long failedLoads) {

		static SnapshotDescriptor of(DynamicCorsOrigins snapshot) {
			DynamicCorsOrigins.State state = snapshot.state();
			Instant loadedAt = state.loadedAt();
			return new SnapshotDescriptor(state.origins(), state.patterns(),
					state.skipped().stream().map(Object::toString).toList(), loadedAt,
					(loadedAt != null) ? Duration.between(loadedAt, Instant.now()).toSeconds() : null,
					snapshot.refreshInterval().toSeconds(), state.lastError(), state.lastErrorAt(),
					snapshot.successes(), snapshot.failures());
		}

	}

	/**
	 * The per-request lookup's settings and what it has answered since start-up (cache
	 * hits not counted).
	 *
	 * @param lookup the application's lookup
	 * @param cachedAnswers origins whose answers are cached now
	 * @param cacheTtlSeconds how long an allowed origin is cached
	 * @param negativeCacheTtlSeconds how long a refused origin is cached
	 * @param maximumSize most answers cached
	 * @param timeoutMillis how long a lookup may take
	 * @param allowed lookups that allowed the origin
	 * @param refused lookups that refused it
	 * @param failed lookups that failed
	 * @param timedOut lookups that took longer than the timeout
	 */
	public record LookupDescriptor(String lookup, long cachedAnswers, long cacheTtlSeconds,
			long negativeCacheTtlSeconds, long maximumSize, long timeoutMillis, long allowed, long refused, long failed,
			long timedOut) {

		static LookupDescriptor of(CachingOriginLookup lookup) {
			CorsProperties.Lookup settings = lookup.settings();
			return new LookupDescriptor(lookup.description(), lookup.cachedAnswers(),
					settings.getCacheTtl().toSeconds(), settings.getNegativeCacheTtl().toSeconds(),
					settings.getMaximumSize(), settings.getTimeout().toMillis(), lookup.allowed(), lookup.refused(),
					lookup.failed(), lookup.timedOut());
		}

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
	 * @param allowDynamicOrigins whether origins supplied at run time are allowed too
	 * @param maxAgeSeconds preflight cache lifetime in seconds
	 */
	public record MappingDescriptor(String name, List<String> paths, boolean enabled, List<String> allowedOrigins,
			List<String> allowedOriginPatterns, List<String> allowedMethods, List<String> allowedHeaders,
			List<String> exposedHeaders, boolean allowCredentials, boolean allowPrivateNetwork,
			boolean allowDynamicOrigins, long maxAgeSeconds) {

		static MappingDescriptor of(String name, CorsMapping mapping) {
			return new MappingDescriptor(name, mapping.paths(), mapping.enabled(), mapping.allowedOrigins(),
					mapping.allowedOriginPatterns(), mapping.allowedMethods(), mapping.allowedHeaders(),
					mapping.exposedHeaders(), mapping.allowCredentials(), mapping.allowPrivateNetwork(),
					mapping.allowDynamicOrigins(), mapping.maxAge().toSeconds());
		}

	}

}
