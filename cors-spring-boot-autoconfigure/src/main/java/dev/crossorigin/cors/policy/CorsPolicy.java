package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import dev.crossorigin.cors.policy.CorsDecision.AllowedBy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * An immutable, validated CORS policy: ordered mappings, each a set of paths with what
 * they allow, and the top-level settings for every other path they cover. Build one with
 * {@link #builder()}; {@link #decide} applies it to one request.
 *
 * <p>
 * Mappings are tried in declaration order and the first whose paths match wins; the top
 * level applies to its own {@code paths} (default {@code /**}) when no mapping matched. A
 * mapping leaves unset settings to the top level.
 */
public final class CorsPolicy {

	private static final Log logger = LogFactory.getLog(CorsPolicy.class);

	private final List<CorsMapping> mappings;

	private final CompiledRule[] rules;

	private final boolean pathIndependent;

	private final List<CorsPolicyProblem> warnings;

	private final DynamicOrigins dynamicOrigins;

	/** Whether an enabled rule allows dynamic origins, so a lookup may be needed. */
	private final boolean consultsDynamicOrigins;

	private CorsPolicy(List<CorsMapping> mappings, List<CorsPolicyProblem> warnings) {
		this.mappings = List.copyOf(mappings);
		this.rules = mappings.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
		this.pathIndependent = this.rules.length == 1 && this.rules[0].paths.matchesAll();
		this.warnings = List.copyOf(warnings);
		this.dynamicOrigins = DynamicOrigins.NONE;
		this.consultsDynamicOrigins = Arrays.stream(this.rules)
			.anyMatch((rule) -> rule.enabled() && rule.allowDynamicOrigins);
	}

	private CorsPolicy(CorsPolicy policy, DynamicOrigins dynamicOrigins) {
		this.mappings = policy.mappings;
		this.rules = policy.rules;
		this.pathIndependent = policy.pathIndependent;
		this.warnings = policy.warnings;
		this.dynamicOrigins = dynamicOrigins;
		this.consultsDynamicOrigins = policy.consultsDynamicOrigins;
	}

	/**
	 * A builder with the defaults: no origin allowed, GET, HEAD and POST, any header, 30
	 * minutes max age.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder holding this policy's effective settings, each mapping's spelled out in
	 * full: it builds a policy with the same {@link #mappings()}, which decides every
	 * request the same way. For adjusting the policy in force, say by adding an origin.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		CorsMapping topLevel = this.mappings.get(this.mappings.size() - 1);
		Builder builder = spelledOut(new Builder().paths(topLevel.paths()), topLevel);
		for (CorsMapping mapping : this.mappings.subList(0, this.mappings.size() - 1)) {
			builder
				.mapping((rebuilt) -> spelledOut(rebuilt.paths(mapping.paths()).enabled(mapping.enabled()), mapping));
		}
		return builder;
	}

	private static <B extends Settings<B>> B spelledOut(B settings, CorsMapping mapping) {
		return settings.allowedOrigins(mapping.allowedOrigins())
			.allowedOriginPatterns(mapping.allowedOriginPatterns())
			.allowedMethods(mapping.allowedMethods())
			.allowedHeaders(mapping.allowedHeaders())
			.exposedHeaders(mapping.exposedHeaders())
			.allowCredentials(mapping.allowCredentials())
			.allowPrivateNetwork(mapping.allowPrivateNetwork())
			.allowDynamicOrigins(mapping.allowDynamicOrigins())
			.maxAge(mapping.maxAge());
	}

	/**
	 * This policy with other origins supplied at run time: the same mappings, compiled
	 * once and shared, so this is cheap. Only the top level and the mappings with
	 * {@code allow-dynamic-origins} consult them.
	 * @param dynamicOrigins the origins
	 * @return the policy
	 */
	public CorsPolicy withDynamicOrigins(DynamicOrigins dynamicOrigins) {
		return new CorsPolicy(this, Objects.requireNonNull(dynamicOrigins, "dynamicOrigins"));
	}

	/** The origins supplied at run time that this policy consults. */
	public DynamicOrigins dynamicOrigins() {
		return this.dynamicOrigins;
	}

	/**
	 * Whether an enabled mapping (or the top level) has {@code allow-dynamic-origins}.
	 */
	public boolean consultsDynamicOrigins() {
		return this.consultsDynamicOrigins;
	}

	/**
	 * The effective mappings in the order they are tried; the last one is the top level.
	 */
	public List<CorsMapping> mappings() {
		return this.mappings;
	}

	/** Legal but risky settings found when the policy was built, each worth a warning. */
	public List<CorsPolicyProblem> warnings() {
		return this.warnings;
	}

	/**
	 * Decides what to do with a request and writes the CORS response headers the decision
	 * calls for. Preflights ({@link CorsDecision#isPreflight()}) are to be answered with
	 * {@link CorsDecision#preflightStatus()} and no body; every other request proceeds. A
	 * request whose {@code Origin} the policy does not allow but which is the request's
	 * own origin (see {@link CorsRequestReader#scheme}) is not a CORS request: it is
	 * decided {@link CorsDecision#NOT_CORS}, preflight or not.
	 * @param request the request
	 * @param reader reads the request
	 * @param response the response
	 * @param writer writes to the response
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @return the decision
	 */
	public <Q, R> CorsDecision decide(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer) {
		return decide(request, reader, response, writer, false);
	}

	/**
	 * Like {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter)}, with
	 * the answer of the per-request origin lookup for the origin {@link #originToLookUp}
	 * named.
	 * @param request the request
	 * @param reader reads the request
	 * @param response the response
	 * @param writer writes to the response
	 * @param allowedByLookup whether the lookup allowed that origin; {@code false} when
	 * there was none to ask, it refused, failed or timed out
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @return the decision
	 */
	public <Q, R> CorsDecision decide(Q request, CorsRequestReader<Q> reader, R response, CorsResponseWriter<R> writer,
			boolean allowedByLookup) {
		CorsDecision decision = apply(request, reader, response, writer, allowedByLookup);
		if ((decision.reason() != null || isDynamic(decision.allowedBy())) && logger.isDebugEnabled()) {
			logger.debug(explain(request, reader, allowedByLookup));
		}
		return decision;
	}

	private static boolean isDynamic(@Nullable AllowedBy allowedBy) {
		return allowedBy == AllowedBy.SNAPSHOT || allowedBy == AllowedBy.LOOKUP;
	}

	/**
	 * The origin to ask the per-request lookup about before deciding a request: a
	 * well-formed cross-origin {@code Origin} that the matching mapping would refuse
	 * although it allows dynamic origins, because neither its configured origins nor the
	 * {@link #dynamicOrigins() snapshot} allow it. Every other request is decided without
	 * a lookup.
	 * @param request the request
	 * @param reader reads the request
	 * @param <Q> the request type
	 * @return the origin, or {@code null} when no lookup is needed
	 */
	public <Q> @Nullable String originToLookUp(Q request, CorsRequestReader<Q> reader) {
		if (!this.consultsDynamicOrigins) {
			return null;
		}
		CompiledRule rule = ruleFor(request, reader);
		if (rule == null || !rule.allowDynamicOrigins) {
			return null;
		}
		String origin = reader.header(request, CorsHeaders.ORIGIN);
		if (origin == null || rule.allowsOrigin(origin) || this.dynamicOrigins.allows(origin)
				|| CompiledRule.originReason(origin) != CorsDecision.Reason.ORIGIN || origin.equals("null")) {
			return null;
		}
		return SameOrigin.matches(origin, reader.scheme(request), reader.host(request), reader.port(request)) ? null
				: origin;
	}

	/**
	 * Like {@link #decide}, without the DEBUG line: for a later dispatch of a request
	 * that was already decided (a servlet {@code ERROR} or {@code ASYNC} dispatch), whose
	 * headers must be written again but whose rejection was already logged.
	 * @param request the request
	 * @param reader reads the request
	 * @param response the response
	 * @param writer writes to the response
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @return the decision
	 */
	public <Q, R> CorsDecision redecide(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer) {
		return apply(request, reader, response, writer, false);
	}

	/**
	 * Like {@link #redecide(Object, CorsRequestReader, Object, CorsResponseWriter)}, with
	 * the lookup's answer as for
	 * {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter, boolean)}.
	 * @param request the request
	 * @param reader reads the request
	 * @param response the response
	 * @param writer writes to the response
	 * @param allowedByLookup whether the lookup allowed the origin
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @return the decision
	 */
	public <Q, R> CorsDecision redecide(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, boolean allowedByLookup) {
		return apply(request, reader, response, writer, allowedByLookup);
	}

	/**
	 * What allowed an origin on a rule: its configured origins, the snapshot, or the
	 * lookup; {@code null} when nothing did.
	 */
	private @Nullable AllowedBy allowedBy(CompiledRule rule, String origin, boolean allowedByLookup) {
		if (rule.allowsOrigin(origin)) {
			return AllowedBy.CONFIGURATION;
		}
		if (!rule.allowDynamicOrigins) {
			return null;
		}
		if (this.dynamicOrigins.allows(origin)) {
			return AllowedBy.SNAPSHOT;
		}
		return allowedByLookup ? AllowedBy.LOOKUP : null;
	}

	private <Q, R> CorsDecision apply(Q request, CorsRequestReader<Q> reader, R response, CorsResponseWriter<R> writer,
			boolean allowedByLookup) {
		CompiledRule rule = ruleFor(request, reader);
		if (rule == null) {
			return CorsDecision.NOT_COVERED;
		}
		String origin = reader.header(request, CorsHeaders.ORIGIN);
		if (origin == null) {
			return rule.notCors(response, writer);
		}
		AllowedBy allowedBy = allowedBy(rule, origin, allowedByLookup);
		// Only an origin the policy refuses needs the comparison; it is what keeps a
		// same-origin request behind a proxy (its Origin is not listed, but it is the
		// site itself) from having its preflight refused.
		if (allowedBy == null
				&& SameOrigin.matches(origin, reader.scheme(request), reader.host(request), reader.port(request))) {
			return rule.notCors(response, writer);
		}
		if ("OPTIONS".equals(reader.method(request))) {
			String requestMethod = reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD);
			if (requestMethod != null) {
				return rule.preflight(origin, allowedBy, requestMethod,
						reader.headerList(request, CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS),
						reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK), response, writer);
			}
		}
		return rule.actual(origin, allowedBy, response, writer);
	}

	/**
	 * Explains, in one line, what the policy decides for a request and why: for a
	 * rejection, which origin, method or header was refused and what the matching mapping
	 * allows instead. Request values are quoted, shortened and stripped of control
	 * characters, so the line is safe to log.
	 * @param request the request
	 * @param reader reads the request
	 * @param <Q> the request type
	 * @return the explanation
	 */
	public <Q> String explain(Q request, CorsRequestReader<Q> reader) {
		return explain(request, reader, false);
	}

	/**
	 * Like {@link #explain(Object, CorsRequestReader)}, with the per-request lookup's
	 * answer as for
	 * {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter, boolean)}.
	 * @param request the request
	 * @param reader reads the request
	 * @param allowedByLookup whether the lookup allowed the origin
	 * @param <Q> the request type
	 * @return the explanation
	 */
	public <Q> String explain(Q request, CorsRequestReader<Q> reader, boolean allowedByLookup) {
		String method = reader.method(request);
		PathContainer path = reader.path(request);
		String target = CompiledRule.quote(method) + " " + CompiledRule.quote((path != null) ? path.value() : null);
		CompiledRule rule = ruleFor(request, reader);
		if (rule == null) {
			return "CORS: " + target + " is not covered by an enabled mapping; the application handles it";
		}
		String origin = reader.header(request, CorsHeaders.ORIGIN);
		if (origin == null) {
			return "CORS: " + target + " has no Origin header; not a CORS request";
		}
		AllowedBy allowedBy = allowedBy(rule, origin, allowedByLookup);
		boolean originAllowed = allowedBy != null;
		if (!originAllowed
				&& SameOrigin.matches(origin, reader.scheme(request), reader.host(request), reader.port(request))) {
			return "CORS: " + target + " comes from the server's own origin " + CompiledRule.quote(origin)
					+ "; not a CORS request";
		}
		String requestMethod = "OPTIONS".equals(method)
				? reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
		if (requestMethod != null) {
			String requestHeaders = reader.headerList(request, CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
			CorsDecision.Reason reason = rule.checkPreflight(origin, originAllowed, requestMethod, requestHeaders,
					reader.header(request, CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK));
			return (reason != null)
					? "CORS preflight rejected: " + target + " from origin " + CompiledRule.quote(origin) + ": "
							+ rule.explain(reason, origin, requestMethod, requestHeaders)
					: "CORS preflight accepted: " + target + " from origin " + CompiledRule.quote(origin)
							+ describe(allowedBy);
		}
		if (originAllowed) {
			return "CORS request allowed: " + target + " from origin " + CompiledRule.quote(origin)
					+ describe(allowedBy);
		}
		return "CORS request from a disallowed origin (passed on without CORS headers): " + target + ": "
				+ rule.explain(CompiledRule.originReason(origin), origin, null, null);
	}

	private static String describe(@Nullable AllowedBy allowedBy) {
		if (allowedBy == AllowedBy.SNAPSHOT) {
			return ", allowed by the dynamic origins' snapshot";
		}
		return (allowedBy == AllowedBy.LOOKUP) ? ", allowed by the origin lookup" : "";
	}

	/**
	 * Decides for a request given as plain values and returns the headers that would be
	 * written.
	 * @param request the request facts
	 * @return the decision and the response headers, in the order written
	 */
	public CorsResult evaluate(CorsRequest request) {
		return evaluate(request, false);
	}

	/**
	 * Like {@link #evaluate(CorsRequest)}, with the per-request lookup's answer for the
	 * origin {@link #originToLookUp} names.
	 * @param request the request facts
	 * @param allowedByLookup whether the lookup allowed the request's origin
	 * @return the decision and the response headers, in the order written
	 */
	public CorsResult evaluate(CorsRequest request, boolean allowedByLookup) {
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = decide(request, CorsRequest.READER, headers, MapWriter.INSTANCE, allowedByLookup);
		return new CorsResult(decision, headers);
	}

	/**
	 * The mapping that would handle a path, or {@code null} when none covers it or the
	 * covering one is disabled.
	 * @param path the path within the application as a client sends it (percent-encoded,
	 * possibly with {@code ;} parameters), read as Spring's routing reads it
	 */
	public @Nullable CorsMapping mappingFor(String path) {
		CompiledRule rule = ruleFor(CorsRequest.of("GET", path), CorsRequest.READER);
		return (rule != null) ? rule.mapping : null;
	}

	/**
	 * The mapping that would handle a path, or {@code null} when none covers it or the
	 * covering one is disabled.
	 * @param path the path Spring routes on, such as
	 * {@code RequestPath.pathWithinApplication()}
	 */
	public @Nullable CorsMapping mappingFor(PathContainer path) {
		CompiledRule rule = ruleForPath(path);
		return (rule != null) ? rule.mapping : null;
	}

	private <Q> @Nullable CompiledRule ruleFor(Q request, CorsRequestReader<Q> reader) {
		if (this.pathIndependent) {
			CompiledRule only = this.rules[0];
			return only.enabled() ? only : null;
		}
		PathContainer path = reader.path(request);
		return (path != null) ? ruleForPath(path) : null;
	}

	private @Nullable CompiledRule ruleForPath(PathContainer path) {
		for (CompiledRule rule : this.rules) {
			if (rule.paths.matches(path)) {
				return rule.enabled() ? rule : null;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "CorsPolicy" + this.mappings;
	}

	/**
	 * The outcome of {@link #evaluate(CorsRequest)}.
	 *
	 * @param decision the decision
	 * @param headers the response headers written, by name
	 */
	public record CorsResult(CorsDecision decision, Map<String, String> headers) {
	}

	private static final class MapWriter implements CorsResponseWriter<Map<String, String>> {

		static final MapWriter INSTANCE = new MapWriter();

		@Override
		public void setHeader(Map<String, String> response, String name, String value) {
			response.put(name, value);
		}

		@Override
		public void addVary(Map<String, String> response, String names) {
			String existing = response.get(CorsHeaders.VARY);
			String merged = VaryHeader.merge((existing != null) ? List.of(existing) : List.of(), names);
			if (merged != null) {
				response.put(CorsHeaders.VARY, merged);
			}
		}

	}

	/**
	 * Settings shared by the top level and the mappings. A setting left unset takes its
	 * default at the top level and the top level's value in a mapping.
	 *
	 * @param <B> the builder type
	 */
	public abstract static class Settings<B extends Settings<B>> {

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

		Settings() {
		}

		@SuppressWarnings("unchecked")
		private B self() {
			return (B) this;
		}

		/**
		 * Exact origins ({@code scheme://host[:port]}), or {@code *} for any origin;
		 * replaces earlier ones.
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
		 * Adds exact origins to those set on this builder. On a mapping that has set
		 * none, the added origins replace the inherited ones rather than extend them.
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
		 * {@code false} by default, so paths serve only the configured origins unless
		 * they opt in.
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
		 * Copies a list a caller passed; a null one is remembered, to be reported when
		 * the policy is built, and stands for an empty one.
		 */
		List<String> copy(@Nullable Collection<String> values, String property) {
			if (values == null) {
				this.nullArguments.add(property);
				return new ArrayList<>();
			}
			return new ArrayList<>(values);
		}

		static @Nullable List<String> asList(String @Nullable [] values) {
			return (values != null) ? Arrays.asList(values) : null;
		}

	}

	/**
	 * Builds a {@link CorsPolicy}: the top-level settings, their paths, and the mappings.
	 */
	public static final class Builder extends Settings<Builder> {

		static final List<String> DEFAULT_METHODS = List.of("GET", "HEAD", "POST");

		static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

		@Nullable List<String> paths;

		final List<MappingBuilder> mappings = new ArrayList<>();

		Builder() {
		}

		/**
		 * Spring path patterns the top-level settings apply to; {@code /**} by default.
		 */
		public Builder paths(String... paths) {
			return paths(asList(paths));
		}

		/**
		 * Spring path patterns the top-level settings apply to; replaces earlier ones.
		 */
		public Builder paths(Collection<String> paths) {
			this.paths = copy(paths, "paths");
			return this;
		}

		/**
		 * Adds a mapping after those already added.
		 * @param mapping configures the mapping: its paths, and the settings that differ
		 * from the top level
		 * @return this builder
		 */
		public Builder mapping(Consumer<MappingBuilder> mapping) {
			MappingBuilder builder = new MappingBuilder();
			mapping.accept(builder);
			this.mappings.add(builder);
			return this;
		}

		/**
		 * The mappings added so far, in order, for customizers that adjust or reorder
		 * them.
		 */
		public List<MappingBuilder> mappings() {
			return this.mappings;
		}

		/**
		 * Validates and compiles the policy.
		 * @return the policy
		 * @throws CorsPolicyException listing every problem when the policy is invalid or
		 * unsafe
		 */
		public CorsPolicy build() {
			PolicyValidator validator = new PolicyValidator();
			List<CorsMapping> resolved = validator.resolve(this);
			if (!validator.errors().isEmpty()) {
				throw new CorsPolicyException(validator.errors());
			}
			return new CorsPolicy(resolved, validator.warnings());
		}

	}

	/**
	 * Builds one mapping: its paths, whether it is enabled, and the settings that differ
	 * from the top level.
	 */
	public static final class MappingBuilder extends Settings<MappingBuilder> {

		@Nullable List<String> paths;

		boolean enabled = true;

		MappingBuilder() {
		}

		/** Spring path patterns this mapping applies to. */
		public MappingBuilder paths(String... paths) {
			return paths(asList(paths));
		}

		/** Spring path patterns this mapping applies to; replaces earlier ones. */
		public MappingBuilder paths(Collection<String> paths) {
			this.paths = copy(paths, "paths");
			return this;
		}

		/**
		 * Whether this mapping handles CORS; {@code false} leaves its paths to the rest
		 * of the application.
		 */
		public MappingBuilder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

	}

}
