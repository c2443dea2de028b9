package dev.crossorigin.cors.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * CORS policy properties.
 */
@ConfigurationProperties("cors")
public class CorsProperties {

	/**
	 * Filter order used when none is configured: after Spring Boot's forwarded-header,
	 * character-encoding and observation filters, before Spring Security's filter chain
	 * (-100).
	 */
	public static final int DEFAULT_FILTER_ORDER = -110;

	/**
	 * Whether to apply CORS; when false no policy and no filter are registered.
	 */
	private boolean enabled = true;

	/**
	 * Comma-separated list of Spring path patterns the top-level policy applies to.
	 */
	private List<String> paths = new ArrayList<>(List.of("/**"));

	/**
	 * Comma-separated list of exact origins allowed, as scheme://host[:port], or '*' for
	 * any origin.
	 */
	private List<String> allowedOrigins = new ArrayList<>();

	/**
	 * Comma-separated list of origin patterns allowed, such as 'https://*.example.com'
	 * (one or more subdomain labels) or 'http://localhost:[*]' (any port).
	 */
	private List<String> allowedOriginPatterns = new ArrayList<>();

	/**
	 * Comma-separated list of HTTP methods allowed, case-sensitive, or '*' for any
	 * method.
	 */
	private List<String> allowedMethods = new ArrayList<>(List.of("GET", "HEAD", "POST"));

	/**
	 * Comma-separated list of request header names allowed, case-insensitive, or '*' for
	 * any header.
	 */
	private List<String> allowedHeaders = new ArrayList<>(List.of("*"));

	/**
	 * Comma-separated list of response header names that scripts may read.
	 */
	private List<String> exposedHeaders = new ArrayList<>();

	/**
	 * Whether cross-origin requests may carry credentials (cookies, HTTP authentication).
	 */
	private boolean allowCredentials;

	/**
	 * Whether to answer Private Network Access preflights from public sites to this
	 * server.
	 */
	private boolean allowPrivateNetwork;

	/**
	 * Whether origins the application supplies at run time (a CorsOriginSource or
	 * CorsOriginLookup bean) are allowed too; mappings inherit it.
	 */
	private boolean allowDynamicOrigins;

	/**
	 * How long browsers may cache a preflight response. If a duration suffix is not
	 * specified, seconds are used.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration maxAge = Duration.ofMinutes(30);

	/**
	 * Order of the CORS filter in the servlet filter chain or among WebFilters.
	 */
	private int filterOrder = DEFAULT_FILTER_ORDER;

	/**
	 * Whether rejected preflights answer a plain-text body saying why; for development
	 * only.
	 */
	private boolean debug;

	/**
	 * Policies for particular paths, tried in order before the top-level policy; the
	 * first whose paths match wins and any setting it leaves out is taken from the top
	 * level.
	 */
	private List<Mapping> mappings = new ArrayList<>();

	/**
	 * How origins the application supplies at run time are loaded and looked up.
	 */
	private final DynamicOrigins dynamicOrigins = new DynamicOrigins();

	private static final List<String> POLICY_KEYS = List.of("paths", "allowed-origins", "allowed-origin-patterns",
			"allowed-methods", "allowed-headers", "exposed-headers", "allow-credentials", "allow-private-network",
			"allow-dynamic-origins", "max-age", "mappings");

	/** The top-level policy keys set, by binding or in code, named as in properties. */
	private final Set<String> set = new HashSet<>();

	/**
	 * Whether a top-level policy key was set, by binding or by its setter, rather than
	 * left at its default: only keys that were set are applied to the policy, so that a
	 * {@link CorsPolicyCustomizer} ordered before the properties keeps what they leave
	 * unset.
	 * @param key the key, as in properties, such as {@code allowed-origins}
	 * @return whether it was set
	 */
	boolean wasSet(String key) {
		return this.set.contains(key);
	}

	/**
	 * The policy keys that were set (every key but {@code enabled}, {@code filter-order}
	 * and {@code debug}), in the order the properties are listed.
	 * @return the keys, as in properties
	 */
	List<String> policyKeysSet() {
		return POLICY_KEYS.stream().filter(this.set::contains).toList();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getPaths() {
		return this.paths;
	}

	public void setPaths(List<String> paths) {
		this.paths = paths;
		this.set.add("paths");
	}

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
		this.set.add("allowed-origins");
	}

	public List<String> getAllowedOriginPatterns() {
		return this.allowedOriginPatterns;
	}

	public void setAllowedOriginPatterns(List<String> allowedOriginPatterns) {
		this.allowedOriginPatterns = allowedOriginPatterns;
		this.set.add("allowed-origin-patterns");
	}

	public List<String> getAllowedMethods() {
		return this.allowedMethods;
	}

	public void setAllowedMethods(List<String> allowedMethods) {
		this.allowedMethods = allowedMethods;
		this.set.add("allowed-methods");
	}

	public List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
		this.set.add("allowed-headers");
	}

	public List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
		this.set.add("exposed-headers");
	}

	public boolean isAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
		this.set.add("allow-credentials");
	}

	public boolean isAllowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	public void setAllowPrivateNetwork(boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
		this.set.add("allow-private-network");
	}

	public boolean isAllowDynamicOrigins() {
		return this.allowDynamicOrigins;
	}

	public void setAllowDynamicOrigins(boolean allowDynamicOrigins) {
		this.allowDynamicOrigins = allowDynamicOrigins;
		this.set.add("allow-dynamic-origins");
	}

	public DynamicOrigins getDynamicOrigins() {
		return this.dynamicOrigins;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
		this.set.add("max-age");
	}

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

	public boolean isDebug() {
		return this.debug;
	}

	public void setDebug(boolean debug) {
		this.debug = debug;
	}

	public List<Mapping> getMappings() {
		return this.mappings;
	}

	public void setMappings(List<Mapping> mappings) {
		this.mappings = mappings;
		this.set.add("mappings");
	}

	/**
	 * A policy for some paths. Every setting but {@code paths} and {@code enabled}
	 * defaults to the top level's.
	 */
	public static class Mapping {

		/**
		 * Comma-separated list of Spring path patterns this mapping applies to.
		 */
		private List<String> paths = new ArrayList<>();

		/**
		 * Whether this mapping applies CORS; when false its paths are left to the rest of
		 * the application.
		 */
		private boolean enabled = true;

		/**
		 * Whether the services that a Spring Cloud Gateway routes this mapping's paths to
		 * answer CORS themselves: the gateway answers no CORS on these paths, routes
		 * their preflights to the services, and passes the services' CORS headers to the
		 * client untouched. Every other setting of the mapping is then ignored; without a
		 * gateway the mapping only leaves its paths alone, as with enabled set to false.
		 */
		private boolean passThrough;

		/**
		 * Comma-separated list of exact origins allowed, or '*'; the top level's when not
		 * set.
		 */
		private @Nullable List<String> allowedOrigins;

		/**
		 * Comma-separated list of origin patterns allowed; the top level's when not set.
		 */
		private @Nullable List<String> allowedOriginPatterns;

		/**
		 * Comma-separated list of HTTP methods allowed, or '*'; the top level's when not
		 * set.
		 */
		private @Nullable List<String> allowedMethods;

		/**
		 * Comma-separated list of request header names allowed, or '*'; the top level's
		 * when not set.
		 */
		private @Nullable List<String> allowedHeaders;

		/**
		 * Comma-separated list of response header names scripts may read; the top level's
		 * when not set.
		 */
		private @Nullable List<String> exposedHeaders;

		/**
		 * Whether cross-origin requests may carry credentials; the top level's when not
		 * set.
		 */
		private @Nullable Boolean allowCredentials;

		/**
		 * Whether to answer Private Network Access preflights; the top level's when not
		 * set.
		 */
		private @Nullable Boolean allowPrivateNetwork;

		/**
		 * Whether origins the application supplies at run time are allowed too; the top
		 * level's when not set.
		 */
		private @Nullable Boolean allowDynamicOrigins;

		/**
		 * How long browsers may cache a preflight response; the top level's when not set.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private @Nullable Duration maxAge;

		public List<String> getPaths() {
			return this.paths;
		}

		public void setPaths(List<String> paths) {
			this.paths = paths;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isPassThrough() {
			return this.passThrough;
		}

		public void setPassThrough(boolean passThrough) {
			this.passThrough = passThrough;
		}

		public @Nullable List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(@Nullable List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public @Nullable List<String> getAllowedOriginPatterns() {
			return this.allowedOriginPatterns;
		}

		public void setAllowedOriginPatterns(@Nullable List<String> allowedOriginPatterns) {
			this.allowedOriginPatterns = allowedOriginPatterns;
		}

		public @Nullable List<String> getAllowedMethods() {
			return this.allowedMethods;
		}

		public void setAllowedMethods(@Nullable List<String> allowedMethods) {
			this.allowedMethods = allowedMethods;
		}

		public @Nullable List<String> getAllowedHeaders() {
			return this.allowedHeaders;
		}

		public void setAllowedHeaders(@Nullable List<String> allowedHeaders) {
			this.allowedHeaders = allowedHeaders;
		}

		public @Nullable List<String> getExposedHeaders() {
			return this.exposedHeaders;
		}

		public void setExposedHeaders(@Nullable List<String> exposedHeaders) {
			this.exposedHeaders = exposedHeaders;
		}

		public @Nullable Boolean getAllowCredentials() {
			return this.allowCredentials;
		}

		public void setAllowCredentials(@Nullable Boolean allowCredentials) {
			this.allowCredentials = allowCredentials;
		}

		public @Nullable Boolean getAllowPrivateNetwork() {
			return this.allowPrivateNetwork;
		}

		public void setAllowPrivateNetwork(@Nullable Boolean allowPrivateNetwork) {
			this.allowPrivateNetwork = allowPrivateNetwork;
		}

		public @Nullable Boolean getAllowDynamicOrigins() {
			return this.allowDynamicOrigins;
		}

		public void setAllowDynamicOrigins(@Nullable Boolean allowDynamicOrigins) {
			this.allowDynamicOrigins = allowDynamicOrigins;
		}

		public @Nullable Duration getMaxAge() {
			return this.maxAge;
		}

		public void setMaxAge(@Nullable Duration maxAge) {
			this.maxAge = maxAge;
		}

	}

	/**
	 * Origins the application supplies at run time: a snapshot from a
	 * {@link CorsOriginSource}, and the per-request {@link CorsOriginLookup}.
	 */
	public static class DynamicOrigins {

		/**
		 * How often the CorsOriginSource's origins are loaded again.
		 */
		private Duration refreshInterval = Duration.ofSeconds(30);

		/**
		 * How long a load of the CorsOriginSource may take before it counts as failed and
		 * the last good origins stay in force.
		 */
		private Duration loadTimeout = Duration.ofSeconds(10);

		/**
		 * The per-request lookup's cache and time limit.
		 */
		private final Lookup lookup = new Lookup();

		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = refreshInterval;
		}

		public Duration getLoadTimeout() {
			return this.loadTimeout;
		}

		public void setLoadTimeout(Duration loadTimeout) {
			this.loadTimeout = loadTimeout;
		}

		public Lookup getLookup() {
			return this.lookup;
		}

	}

	/**
	 * The per-request {@link CorsOriginLookup}'s cache and time limit.
	 */
	public static class Lookup {

		/**
		 * How long an origin the lookup allowed stays allowed without asking again.
		 */
		private Duration cacheTtl = Duration.ofMinutes(5);

		/**
		 * How long an origin the lookup refused stays refused without asking again.
		 */
		private Duration negativeCacheTtl = Duration.ofMinutes(1);

		/**
		 * Most origins whose answers are cached; the least used are evicted first.
		 */
		private long maximumSize = 10_000;

		/**
		 * How long a lookup may take; a slower one refuses the origin, uncached.
		 */
		private Duration timeout = Duration.ofMillis(500);

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getNegativeCacheTtl() {
			return this.negativeCacheTtl;
		}

		public void setNegativeCacheTtl(Duration negativeCacheTtl) {
			this.negativeCacheTtl = negativeCacheTtl;
		}

		public long getMaximumSize() {
			return this.maximumSize;
		}

		public void setMaximumSize(long maximumSize) {
			this.maximumSize = maximumSize;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
