package dev.crossorigin.cors.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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

	private final CompiledPolicy compiled;

	private final List<CorsPolicyProblem> warnings;

	private CorsPolicy(List<CorsMapping> mappings, List<CorsPolicyProblem> warnings) {
		this.mappings = List.copyOf(mappings);
		this.compiled = new CompiledPolicy(this.mappings);
		this.warnings = List.copyOf(warnings);
	}

	/**
	 * A builder with the defaults: no origin allowed, GET, HEAD and POST, any header, 30
	 * minutes max age.
	 */
	public static Builder builder() {
		return new Builder();
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
	 * decided {@link CorsDecision#NOT_CORS}, preflight or not. A rejection is explained
	 * in one {@code DEBUG} line.
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
		CorsDecision decision = this.compiled.decide(request, reader, response, writer, null);
		if (decision.reason() != null && logger.isDebugEnabled()) {
			// Decides once more, recording its findings: only a rejection logged at DEBUG
			// pays for them, and the same request gets the same decision.
			logger.debug(explain(request, reader));
		}
		return decision;
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
		return this.compiled.decide(request, reader, response, writer, null);
	}

	/**
	 * Explains, in one line, what the policy decides for a request and why: for a
	 * rejection, which origin, method or header was refused and what the matching mapping
	 * allows instead. The line renders the decision's own findings. Request values are
	 * quoted, shortened and stripped of control characters, so the line is safe to log.
	 * @param request the request
	 * @param reader reads the request
	 * @param <Q> the request type
	 * @return the explanation
	 */
	public <Q> String explain(Q request, CorsRequestReader<Q> reader) {
		Findings findings = new Findings();
		CorsDecision decision = this.compiled.decide(request, reader, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE,
				findings);
		return Explanation.of(reader.method(request), reader.path(request), decision, findings);
	}

	/**
	 * Decides for a request given as plain values and returns the headers that would be
	 * written.
	 * @param request the request facts
	 * @return the decision and the response headers, in the order written
	 */
	public CorsResult evaluate(CorsRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		CorsDecision decision = decide(request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE);
		return new CorsResult(decision, headers);
	}

	/**
	 * The mapping that would handle a path, or {@code null} when none covers it or the
	 * covering one is disabled.
	 * @param path the path within the application as a client sends it (percent-encoded,
	 * possibly with {@code ;} parameters), read as Spring's routing reads it
	 */
	public @Nullable CorsMapping mappingFor(String path) {
		CompiledRule rule = this.compiled.ruleFor(CorsRequest.of("GET", path), CorsRequest.READER);
		return (rule != null) ? rule.mapping : null;
	}

	/**
	 * The mapping that would handle a path, or {@code null} when none covers it or the
	 * covering one is disabled.
	 * @param path the path Spring routes on, such as
	 * {@code RequestPath.pathWithinApplication()}
	 */
	public @Nullable CorsMapping mappingFor(PathContainer path) {
		CompiledRule rule = this.compiled.ruleFor(path);
		return (rule != null) ? rule.mapping : null;
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
