package dev.crossorigin.cors.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	private final CompiledPolicy compiled;

	private final List<CorsPolicyProblem> warnings;

	private final DynamicOrigins dynamicOrigins;

	private CorsPolicy(List<CorsMapping> mappings, List<CorsPolicyProblem> warnings) {
		this.mappings = List.copyOf(mappings);
		this.compiled = new CompiledPolicy(this.mappings);
		this.warnings = List.copyOf(warnings);
		this.dynamicOrigins = DynamicOrigins.NONE;
	}

	private CorsPolicy(CorsPolicy policy, DynamicOrigins dynamicOrigins) {
		this.mappings = policy.mappings;
		this.compiled = policy.compiled;
		this.warnings = policy.warnings;
		this.dynamicOrigins = dynamicOrigins;
	}

	/**
	 * A builder with the defaults: no origin allowed, GET, HEAD and POST, any header, 30
	 * minutes max age.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder holding this policy's effective mappings, to adjust and build again:
	 * built unchanged, it gives a policy with the same {@link #mappings()} that decides
	 * every request the same way. A mapping's setting equal to the top level's is left
	 * unset, so that a change to the top level reaches the mappings that inherit it.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		CorsMapping topLevel = this.mappings.get(this.mappings.size() - 1);
		builder.setAll(topLevel, null);
		for (CorsMapping mapping : this.mappings.subList(0, this.mappings.size() - 1)) {
			builder.mapping((added) -> added.enabled(mapping.enabled()).setAll(mapping, topLevel));
		}
		return builder;
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
		return this.compiled.consultsDynamicOrigins();
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
		return decide(request, reader, response, writer, false);
	}

	/**
	 * Like {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter)}, with
	 * the answer of the per-request origin lookup for the origin {@link #originToLookUp}
	 * named. A decision that an origin supplied at run time allowed is explained at
	 * {@code DEBUG} too.
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
		CorsDecision decision = this.compiled.decide(request, reader, response, writer, this.dynamicOrigins,
				allowedByLookup, null);
		if ((decision.reason() != null || isDynamic(decision.allowedBy())) && logger.isDebugEnabled()) {
			// Decides once more, recording its findings: only a decision logged at DEBUG
			// pays for them, and the same request gets the same decision.
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
		return this.compiled.originToLookUp(request, reader, this.dynamicOrigins);
	}

	/**
	 * Like {@link #decide}, without the {@code DEBUG} line: for a later dispatch of a
	 * request that was already decided (a servlet {@code ERROR} or {@code ASYNC}
	 * dispatch), whose headers must be written again but whose rejection was already
	 * logged.
	 * @param request the request
	 * @param reader reads the request
	 * @param response the response
	 * @param writer writes to the response
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @return the decision
	 */
	public <Q, R> CorsDecision decideWithoutLogging(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer) {
		return decideWithoutLogging(request, reader, response, writer, false);
	}

	/**
	 * Like
	 * {@link #decideWithoutLogging(Object, CorsRequestReader, Object, CorsResponseWriter)},
	 * with the lookup's answer as for
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
	public <Q, R> CorsDecision decideWithoutLogging(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, boolean allowedByLookup) {
		return this.compiled.decide(request, reader, response, writer, this.dynamicOrigins, allowedByLookup, null);
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
		Findings findings = new Findings();
		CorsDecision decision = this.compiled.decide(request, reader, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE,
				this.dynamicOrigins, allowedByLookup, findings);
		return Explanation.of(reader.method(request), reader.path(request), decision, findings);
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
		CorsDecision decision = decide(request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE, allowedByLookup);
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
	 * Builds a {@link CorsPolicy}: the top-level settings, their paths, and the mappings.
	 */
	public static final class Builder extends CorsSettings<Builder> {

		final List<MappingBuilder> mappings = new ArrayList<>();

		Builder() {
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
			validator.problems().throwIfAnyError();
			return new CorsPolicy(resolved, validator.problems().warnings());
		}

	}

	/**
	 * Builds one mapping: its paths, whether it is enabled, and the settings that differ
	 * from the top level.
	 */
	public static final class MappingBuilder extends CorsSettings<MappingBuilder> {

		boolean enabled = true;

		MappingBuilder() {
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
