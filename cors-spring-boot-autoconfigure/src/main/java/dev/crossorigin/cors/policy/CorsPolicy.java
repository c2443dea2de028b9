package dev.crossorigin.cors.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

	CorsPolicy(List<CorsMapping> mappings, List<CorsPolicyProblem> warnings) {
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
	public static CorsPolicyBuilder builder() {
		return new CorsPolicyBuilder();
	}

	/**
	 * A builder holding this policy's effective mappings, to adjust and build again:
	 * built unchanged, it gives a policy with the same {@link #mappings()} that decides
	 * every request the same way. A mapping's setting equal to the top level's is left
	 * unset, so that a change to the top level reaches the mappings that inherit it.
	 */
	public CorsPolicyBuilder toBuilder() {
		CorsPolicyBuilder builder = new CorsPolicyBuilder();
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
		return answered(decide(request, reader, response, writer, null));
	}

	/**
	 * Like {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter)}, with a
	 * per-request lookup: an origin that only the lookup could allow is decided by its
	 * {@link DynamicOriginLookup#knownAnswer known answer}. A decision that an origin
	 * supplied at run time allowed is explained at {@code DEBUG} too.
	 * @param lookup the lookup, or {@code null} for none
	 * @return the decision, or {@code null}, with nothing written, when the lookup has no
	 * answer yet: ask it about the origin {@link #originToLookUp} names, then decide
	 * again with {@link DynamicOriginLookup#answered} the answer
	 */
	public <Q, R> @Nullable CorsDecision decide(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, @Nullable DynamicOriginLookup lookup) {
		CorsDecision decision = decideWithoutLogging(request, reader, response, writer, lookup);
		if (decision != null && (decision.reason() != null || isDynamic(decision.allowedBy()))
				&& logger.isDebugEnabled()) {
			// Decides once more, recording its findings: only a decision logged at DEBUG
			// pays for them, and the same request gets the same decision.
			logger.debug(explain(request, reader, lookup));
		}
		return decision;
	}

	/**
	 * Like
	 * {@link #decide(Object, CorsRequestReader, Object, CorsResponseWriter, DynamicOriginLookup)},
	 * without the {@code DEBUG} line: for a later dispatch of a request that was already
	 * decided (a servlet {@code ERROR} or {@code ASYNC} dispatch), whose headers must be
	 * written again but whose rejection was already logged.
	 */
	public <Q, R> @Nullable CorsDecision decideWithoutLogging(Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, @Nullable DynamicOriginLookup lookup) {
		return this.compiled.decide(request, reader, response, writer, this.dynamicOrigins, lookup, null);
	}

	private static boolean isDynamic(@Nullable AllowedBy allowedBy) {
		return allowedBy == AllowedBy.SNAPSHOT || allowedBy == AllowedBy.LOOKUP;
	}

	private static CorsDecision answered(@Nullable CorsDecision decision) {
		return Objects.requireNonNull(decision, "deciding without a lookup, or with its answer, never waits");
	}

	/**
	 * The origin to ask the per-request lookup about when deciding with its known answer
	 * gave {@code null}: a well-formed cross-origin {@code Origin} that the matching
	 * mapping would refuse although it allows dynamic origins, because neither its
	 * configured origins nor the {@link #dynamicOrigins() snapshot} allow it.
	 * @param request the request
	 * @param reader reads the request
	 * @param <Q> the request type
	 * @return the origin, or {@code null} when no lookup is needed
	 */
	public <Q> @Nullable String originToLookUp(Q request, CorsRequestReader<Q> reader) {
		return this.compiled.originToLookUp(request, reader, this.dynamicOrigins);
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
		return explain(request, reader, null);
	}

	/**
	 * Like {@link #explain(Object, CorsRequestReader)}, with the per-request lookup's
	 * known answer; an origin it has no answer for yet is explained as refused.
	 * @param lookup the lookup, or {@code null} for none
	 */
	public <Q> String explain(Q request, CorsRequestReader<Q> reader, @Nullable DynamicOriginLookup lookup) {
		Findings findings = new Findings();
		CorsDecision decision = this.compiled.decide(request, reader, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE,
				this.dynamicOrigins, lookup, findings);
		if (decision == null) {
			findings = new Findings();
			decision = answered(this.compiled.decide(request, reader, new LinkedHashMap<>(), HeaderMapWriter.INSTANCE,
					this.dynamicOrigins, null, findings));
		}
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
		CorsDecision decision = answered(decide(request, CorsRequest.READER, headers, HeaderMapWriter.INSTANCE,
				DynamicOriginLookup.answered(allowedByLookup)));
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

}
