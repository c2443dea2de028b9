package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters of the origins the application supplies at run time. For the snapshot:
 * {@code cors.dynamic.origins.size} (tagged {@code kind}: origins, patterns),
 * {@code cors.dynamic.origins.age} (seconds since the last good load; NaN before one) and
 * {@code cors.dynamic.origins.loads} (tagged {@code outcome}: success, failure). For the
 * lookup: {@code cors.dynamic.origins.lookups} (tagged {@code result}: allowed, refused,
 * failed, timed-out; cache hits are not lookups) and
 * {@code cors.dynamic.origins.lookup.cache.size}. No origin is ever a tag.
 */
final class DynamicOriginsMetrics {

	private DynamicOriginsMetrics() {
	}

	static MeterBinder of(DynamicCorsOrigins snapshot) {
		return (registry) -> {
			Gauge.builder("cors.dynamic.origins.size", snapshot, (s) -> s.state().origins())
				.description("Dynamic CORS origins in force")
				.tag("kind", "origins")
				.register(registry);
			Gauge.builder("cors.dynamic.origins.size", snapshot, (s) -> s.state().patterns())
				.description("Dynamic CORS origins in force")
				.tag("kind", "patterns")
				.register(registry);
			Gauge.builder("cors.dynamic.origins.age", snapshot, DynamicOriginsMetrics::ageSeconds)
				.description("Seconds since the dynamic CORS origins in force were loaded")
				.baseUnit("seconds")
				.register(registry);
			loads(registry, snapshot, "success", DynamicCorsOrigins::successes);
			loads(registry, snapshot, "failure", DynamicCorsOrigins::failures);
		};
	}

	static MeterBinder of(CachingOriginLookup lookup) {
		return (registry) -> {
			lookups(registry, lookup, "allowed", CachingOriginLookup::allowed);
			lookups(registry, lookup, "refused", CachingOriginLookup::refused);
			lookups(registry, lookup, "failed", CachingOriginLookup::failed);
			lookups(registry, lookup, "timed-out", CachingOriginLookup::timedOut);
			Gauge.builder("cors.dynamic.origins.lookup.cache.size", lookup, CachingOriginLookup::cachedAnswers)
				.description("Origins whose lookup answers are cached")
				.register(registry);
		};
	}

	private static double ageSeconds(DynamicCorsOrigins snapshot) {
		Instant loadedAt = snapshot.state().loadedAt();
		return (loadedAt != null) ? Duration.between(loadedAt, Instant.now()).toMillis() / 1000.0 : Double.NaN;
	}

	private static void loads(MeterRegistry registry, DynamicCorsOrigins snapshot, String outcome,
			ToDoubleFunction<DynamicCorsOrigins> count) {
		FunctionCounter.builder("cors.dynamic.origins.loads", snapshot, count)
			.description("Loads of the dynamic CORS origins")
			.tag("outcome", outcome)
			.register(registry);
	}

	private static void lookups(MeterRegistry registry, CachingOriginLookup lookup, String result,
			ToDoubleFunction<CachingOriginLookup> count) {
		FunctionCounter.builder("cors.dynamic.origins.lookups", lookup, count)
			.description("Per-request lookups of dynamic CORS origins")
			.tag("result", result)
			.register(registry);
	}

}
