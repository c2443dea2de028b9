package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link CorsPolicyBuilder} (the top level) and of a
 * {@link CorsMappingBuilder} (one mapping). A setting left unset takes its default at the
 * top level and the top level's value in a mapping. Nothing is checked here: the policy's
 * {@link CorsPolicyBuilder#build() build} checks every setting at once and reports every
 * problem.
 *
 * @param <B> the builder type
 */
public abstract class CorsSettings<B extends CorsSettings<B>> {

	@Nullable List<String> paths;

	@Nullable List<String> allowedOrigins;

	@Nullable List<String> allowedOriginPatterns;

	@Nullable List<String> allowedMethods;

	@Nullable List<String> allowedHeaders;

	@Nullable List<String> exposedHeaders;

	@Nullable Boolean allowCredentials;

	@Nullable Boolean allowPrivateNetwork;

	@Nullable Boolean allowDynamicOrigins;

	@Nullable Duration maxAge;

	/** Properties given a null list or array, reported when the policy is built. */
	final Set<String> nullArguments = new LinkedHashSet<>();

	CorsSettings() {
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	/**
	 * Spring path patterns these settings apply to; {@code /**} by default at the top
	 * level, and nowhere in a mapping until it has some.
	 */
	public B paths(String... paths) {
		return paths(asList(paths));
	}

	/** Spring path patterns these settings apply to; replaces earlier ones. */
	public B paths(Collection<String> paths) {
		this.paths = copy(paths, "paths");
		return self();
	}

	/**
	 * Exact origins ({@code scheme://host[:port]}), or {@code *} for any origin; replaces
	 * earlier ones.
	 */
	public B allowedOrigins(String... origins) {
		return allowedOrigins(asList(origins));
	}

	/** Exact origins, or {@code *}; replaces earlier ones. */
	public B allowedOrigins(Collection<String> origins) {
		this.allowedOrigins = copy(origins, "allowed-origins");
		return self();
	}

	/**
	 * Adds exact origins to those set on this builder. On a mapping that has set none,
	 * the added origins replace the inherited ones rather than extend them.
	 */
	public B addAllowedOrigins(String... origins) {
		this.allowedOrigins = append(this.allowedOrigins, origins, "allowed-origins");
		return self();
	}

	/**
	 * Origin patterns such as {@code https://*.example.com} or
	 * {@code http://localhost:[*]}.
	 */
	public B allowedOriginPatterns(String... patterns) {
		return allowedOriginPatterns(asList(patterns));
	}

	/** Origin patterns; replaces earlier ones. */
	public B allowedOriginPatterns(Collection<String> patterns) {
		this.allowedOriginPatterns = copy(patterns, "allowed-origin-patterns");
		return self();
	}

	/**
	 * Adds origin patterns to those set on this builder; on a mapping, as
	 * {@link #addAllowedOrigins}.
	 */
	public B addAllowedOriginPatterns(String... patterns) {
		this.allowedOriginPatterns = append(this.allowedOriginPatterns, patterns, "allowed-origin-patterns");
		return self();
	}

	/** Methods (case-sensitive), or {@code *} for any. */
	public B allowedMethods(String... methods) {
		return allowedMethods(asList(methods));
	}

	/** Methods; replaces earlier ones. */
	public B allowedMethods(Collection<String> methods) {
		this.allowedMethods = copy(methods, "allowed-methods");
		return self();
	}

	/** Request header names (case-insensitive), or {@code *} for any. */
	public B allowedHeaders(String... headers) {
		return allowedHeaders(asList(headers));
	}

	/** Request header names; replaces earlier ones. */
	public B allowedHeaders(Collection<String> headers) {
		this.allowedHeaders = copy(headers, "allowed-headers");
		return self();
	}

	/** Response header names scripts may read. */
	public B exposedHeaders(String... headers) {
		return exposedHeaders(asList(headers));
	}

	/** Response header names scripts may read; replaces earlier ones. */
	public B exposedHeaders(Collection<String> headers) {
		this.exposedHeaders = copy(headers, "exposed-headers");
		return self();
	}

	/** Whether cookies and {@code Authorization} may cross origins. */
	public B allowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
		return self();
	}

	/** Whether Private Network Access preflights are answered. */
	public B allowPrivateNetwork(boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
		return self();
	}

	/**
	 * Whether origins the application supplies at run time, a {@link DynamicOrigins}
	 * snapshot or a per-request lookup, are allowed here besides the configured ones;
	 * {@code false} by default, so paths serve only the configured origins unless they
	 * opt in.
	 */
	public B allowDynamicOrigins(boolean allowDynamicOrigins) {
		this.allowDynamicOrigins = allowDynamicOrigins;
		return self();
	}

	/** How long browsers may cache a preflight, in whole seconds. */
	public B maxAge(Duration maxAge) {
		this.maxAge = maxAge;
		return self();
	}

	/**
	 * Sets what an effective mapping says, except where it says what {@code inherited}
	 * says, which these settings then inherit: building them again gives the same
	 * effective mapping.
	 * @param mapping the effective mapping
	 * @param inherited what these settings inherit, or {@code null} for none (the top
	 * level)
	 */
	void setAll(CorsMapping mapping, @Nullable CorsMapping inherited) {
		this.paths = new ArrayList<>(mapping.paths());
		this.allowedOrigins = unlessInherited(mapping.allowedOrigins(), inherited, CorsMapping::allowedOrigins);
		this.allowedOriginPatterns = unlessInherited(mapping.allowedOriginPatterns(), inherited,
				CorsMapping::allowedOriginPatterns);
		this.allowedMethods = unlessInherited(mapping.allowedMethods(), inherited, CorsMapping::allowedMethods);
		this.allowedHeaders = unlessInherited(mapping.allowedHeaders(), inherited, CorsMapping::allowedHeaders);
		this.exposedHeaders = unlessInherited(mapping.exposedHeaders(), inherited, CorsMapping::exposedHeaders);
		this.allowCredentials = unlessInherited(mapping.allowCredentials(), inherited, CorsMapping::allowCredentials);
		this.allowPrivateNetwork = unlessInherited(mapping.allowPrivateNetwork(), inherited,
				CorsMapping::allowPrivateNetwork);
		this.allowDynamicOrigins = unlessInherited(mapping.allowDynamicOrigins(), inherited,
				CorsMapping::allowDynamicOrigins);
		this.maxAge = unlessInherited(mapping.maxAge(), inherited, CorsMapping::maxAge);
	}

	private static <T> @Nullable T unlessInherited(T value, @Nullable CorsMapping inherited,
			Function<CorsMapping, T> setting) {
		return (inherited != null && Objects.equals(setting.apply(inherited), value)) ? null : value;
	}

	private List<String> append(@Nullable List<String> existing, String @Nullable [] values, String property) {
		List<String> result = (existing != null) ? new ArrayList<>(existing) : new ArrayList<>();
		if (values == null) {
			this.nullArguments.add(property);
		}
		else {
			result.addAll(Arrays.asList(values));
		}
		return result;
	}

	/**
	 * Copies a list a caller passed; a null one is remembered, to be reported when the
	 * policy is built, and stands for an empty one.
	 */
	private List<String> copy(@Nullable Collection<String> values, String property) {
		if (values == null) {
			this.nullArguments.add(property);
			return new ArrayList<>();
		}
		return new ArrayList<>(values);
	}

	private static @Nullable List<String> asList(String @Nullable [] values) {
		return (values != null) ? Arrays.asList(values) : null;
	}

}
