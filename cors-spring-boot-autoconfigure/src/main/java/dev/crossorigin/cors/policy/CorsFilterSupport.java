package dev.crossorigin.cors.policy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * What the servlet and the reactive filter share, with nothing of either stack: the live
 * policy, the listener told of decisions, the debug switch and the per-request lookup,
 * and the steps of deciding a request with them. A filter reads {@link #policy()} once
 * per request and decides the whole request with it:
 * <ol>
 * <li>{@link #decide(CorsPolicy, Object, CorsRequestReader, Object, CorsResponseWriter, boolean)},
 * which uses the lookup's {@link DynamicOriginLookup#knownAnswer known answer}, so a
 * cached answer costs no second pass;</li>
 * <li>only when that returns {@code null}: {@link #lookUp}, then, with the answer,
 * {@link #decide(CorsPolicy, Object, CorsRequestReader, Object, CorsResponseWriter, boolean, boolean)}.</li>
 * </ol>
 * Waiting for the answer is the stack's own business: the servlet filter blocks, the
 * reactive one resumes when it arrives.
 */
public final class CorsFilterSupport {

	/**
	 * The {@code Content-Type} of a {@link #rejectionBody rejected preflight's body}: the
	 * text is encoded in UTF-8, and the response says so on both stacks.
	 */
	public static final String REJECTION_BODY_TYPE = "text/plain;charset=UTF-8";

	private final LiveCorsPolicy policy;

	private final CorsDecisionListener listener;

	private final boolean debug;

	private final @Nullable DynamicOriginLookup lookup;

	/**
	 * Support for a filter.
	 * @param policy the live policy
	 * @param listener told of every decision made on a request's first dispatch
	 * @param debug whether a rejected preflight's body explains the rejection (for
	 * development only)
	 * @param lookup the per-request lookup, or {@code null} for none
	 */
	public CorsFilterSupport(LiveCorsPolicy policy, CorsDecisionListener listener, boolean debug,
			@Nullable DynamicOriginLookup lookup) {
		this.policy = policy;
		this.listener = listener;
		this.debug = debug;
		this.lookup = lookup;
	}

	/** The policy in force: read it once per request. */
	public CorsPolicy policy() {
		return this.policy.policy();
	}

	/** The per-request lookup, or {@code null} for none. */
	public @Nullable DynamicOriginLookup lookup() {
		return this.lookup;
	}

	/**
	 * Decides a request with what the lookup already knows, writing the headers the
	 * decision calls for.
	 * @param firstDispatch {@code false} for a later dispatch of a request already
	 * decided (a servlet {@code ERROR} or {@code ASYNC} dispatch): the headers are
	 * written again, but the decision is neither logged nor counted twice
	 * @return the decision, or {@code null}, with nothing written, when the lookup must
	 * be asked first
	 */
	public <Q, R> @Nullable CorsDecision decide(CorsPolicy policy, Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, boolean firstDispatch) {
		return decide(policy, request, reader, response, writer, firstDispatch, this.lookup);
	}

	/**
	 * Decides a request with the lookup's answer, once it has arrived.
	 * @param firstDispatch as for
	 * {@link #decide(CorsPolicy, Object, CorsRequestReader, Object, CorsResponseWriter, boolean)}
	 * @param allowedByLookup whether the lookup allowed the origin; {@code false} when it
	 * refused, failed or timed out
	 * @return the decision
	 */
	public <Q, R> CorsDecision decide(CorsPolicy policy, Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, boolean firstDispatch, boolean allowedByLookup) {
		CorsDecision decision = decide(policy, request, reader, response, writer, firstDispatch,
				DynamicOriginLookup.answered(allowedByLookup));
		return Objects.requireNonNull(decision, "a lookup that has answered is never waited for");
	}

	private <Q, R> @Nullable CorsDecision decide(CorsPolicy policy, Q request, CorsRequestReader<Q> reader, R response,
			CorsResponseWriter<R> writer, boolean firstDispatch, @Nullable DynamicOriginLookup lookup) {
		if (!firstDispatch) {
			return policy.decideWithoutLogging(request, reader, response, writer, lookup);
		}
		CorsDecision decision = policy.decide(request, reader, response, writer, lookup);
		if (decision != null) {
			this.listener.onDecision(decision);
		}
		return decision;
	}

	/**
	 * Asks the lookup about the request's origin, after deciding returned {@code null}.
	 * @return the answer, as the lookup gives it: cached answers and concurrent questions
	 * about one origin share one future, which completes within the lookup's timeout
	 */
	public <Q> CompletableFuture<Boolean> lookUp(CorsPolicy policy, Q request, CorsRequestReader<Q> reader) {
		String origin = policy.originToLookUp(request, reader);
		DynamicOriginLookup lookup = this.lookup;
		return (lookup != null && origin != null) ? lookup.lookUp(origin) : CompletableFuture.completedFuture(false);
	}

	/**
	 * Whether an answer that has arrived allows the origin: a failed answer refuses it
	 * (the lookup reported the failure, or the timeout, when it happened).
	 */
	public static boolean isAllowed(CompletableFuture<Boolean> answer) {
		return answer.isDone() && !answer.isCompletedExceptionally() && Boolean.TRUE.equals(answer.getNow(false));
	}

	/**
	 * The body of a rejected preflight: with {@code cors.debug}, the explanation of the
	 * rejection; otherwise none.
	 * @param lookup what the request was decided with: {@link #lookup()}, or
	 * {@link DynamicOriginLookup#answered} the lookup's answer
	 * @return the UTF-8 text, of type {@link #REJECTION_BODY_TYPE}, or {@code null} for
	 * an empty body
	 */
	public <Q> byte @Nullable [] rejectionBody(CorsPolicy policy, Q request, CorsRequestReader<Q> reader,
			CorsDecision decision, @Nullable DynamicOriginLookup lookup) {
		if (!this.debug || decision.type() != CorsDecision.Type.PREFLIGHT_REJECTED) {
			return null;
		}
		return policy.explain(request, reader, lookup).getBytes(StandardCharsets.UTF_8);
	}

}
