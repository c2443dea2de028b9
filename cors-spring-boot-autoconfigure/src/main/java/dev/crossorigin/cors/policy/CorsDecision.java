package dev.crossorigin.cors.policy;

import org.jspecify.annotations.Nullable;

/**
 * What the policy decided for one request. Instances are shared constants, so deciding
 * allocates nothing.
 */
public final class CorsDecision {

	/** The request is outside every enabled mapping: the response is left alone. */
	public static final CorsDecision NOT_COVERED = new CorsDecision(Type.NOT_COVERED, null, null);

	/**
	 * The request is not cross-origin: it carries no {@code Origin}, or its
	 * {@code Origin} is the request's own origin. It passes through, with
	 * {@code Vary: Origin} where needed.
	 */
	public static final CorsDecision NOT_CORS = new CorsDecision(Type.NOT_CORS, null, null);

	/**
	 * A preflight the policy allows, from a configured origin: answered {@code 204} with
	 * the CORS headers.
	 */
	public static final CorsDecision PREFLIGHT_ACCEPTED = new CorsDecision(Type.PREFLIGHT_ACCEPTED, null,
			AllowedBy.CONFIGURATION);

	/**
	 * An actual request from a configured origin: the CORS headers are set and the
	 * request proceeds.
	 */
	public static final CorsDecision ACTUAL_ALLOWED = new CorsDecision(Type.ACTUAL_ALLOWED, null,
			AllowedBy.CONFIGURATION);

	private static final CorsDecision[] PREFLIGHT_ACCEPTED_BY = acceptances(PREFLIGHT_ACCEPTED);

	private static final CorsDecision[] ACTUAL_ALLOWED_BY = acceptances(ACTUAL_ALLOWED);

	private static final CorsDecision[] PREFLIGHT_REJECTED = rejections(Type.PREFLIGHT_REJECTED);

	private static final CorsDecision[] ACTUAL_REJECTED = rejections(Type.ACTUAL_REJECTED);

	private final Type type;

	private final @Nullable Reason reason;

	private final @Nullable AllowedBy allowedBy;

	private CorsDecision(Type type, @Nullable Reason reason, @Nullable AllowedBy allowedBy) {
		this.type = type;
		this.reason = reason;
		this.allowedBy = allowedBy;
	}

	private static CorsDecision[] acceptances(CorsDecision configured) {
		AllowedBy[] sources = AllowedBy.values();
		CorsDecision[] decisions = new CorsDecision[sources.length];
		for (AllowedBy source : sources) {
			decisions[source.ordinal()] = (source == AllowedBy.CONFIGURATION) ? configured
					: new CorsDecision(configured.type, null, source);
		}
		return decisions;
	}

	private static CorsDecision[] rejections(Type type) {
		Reason[] reasons = Reason.values();
		CorsDecision[] decisions = new CorsDecision[reasons.length];
		for (Reason reason : reasons) {
			decisions[reason.ordinal()] = new CorsDecision(type, reason, null);
		}
		return decisions;
	}

	static CorsDecision preflightRejected(Reason reason) {
		return PREFLIGHT_REJECTED[reason.ordinal()];
	}

	static CorsDecision actualRejected(Reason reason) {
		return ACTUAL_REJECTED[reason.ordinal()];
	}

	static CorsDecision preflightAccepted(AllowedBy allowedBy) {
		return PREFLIGHT_ACCEPTED_BY[allowedBy.ordinal()];
	}

	static CorsDecision actualAllowed(AllowedBy allowedBy) {
		return ACTUAL_ALLOWED_BY[allowedBy.ordinal()];
	}

	/** The kind of decision. */
	public Type type() {
		return this.type;
	}

	/** Why the request was rejected, or {@code null} when it was not. */
	public @Nullable Reason reason() {
		return this.reason;
	}

	/**
	 * What allowed the origin of an accepted preflight or an allowed actual request, or
	 * {@code null} for any other decision.
	 */
	public @Nullable AllowedBy allowedBy() {
		return this.allowedBy;
	}

	/**
	 * Whether the filter answers this request itself (a preflight, accepted or rejected)
	 * instead of passing it on.
	 */
	public boolean isPreflight() {
		return this.type == Type.PREFLIGHT_ACCEPTED || this.type == Type.PREFLIGHT_REJECTED;
	}

	/**
	 * The status a preflight is answered with: {@code 204} when accepted, {@code 403}
	 * when rejected.
	 * @return the status
	 * @throws IllegalStateException when this decision is not for a preflight (see
	 * {@link #isPreflight()}): such a request is passed on, not answered
	 */
	public int preflightStatus() {
		return switch (this.type) {
			case PREFLIGHT_ACCEPTED -> 204;
			case PREFLIGHT_REJECTED -> 403;
			default -> throw new IllegalStateException(this + " is not a preflight decision");
		};
	}

	@Override
	public String toString() {
		if (this.reason != null) {
			return this.type + "(" + this.reason + ")";
		}
		return (this.allowedBy != null && this.allowedBy != AllowedBy.CONFIGURATION)
				? this.type + "(" + this.allowedBy + ")" : this.type.toString();
	}

	/** The kinds of decision. */
	public enum Type {

		/** Outside every enabled mapping. */
		NOT_COVERED,

		/** No {@code Origin} header, or a same-origin request. */
		NOT_CORS,

		/** An allowed preflight. */
		PREFLIGHT_ACCEPTED,

		/** A refused preflight. */
		PREFLIGHT_REJECTED,

		/** An actual request from an allowed origin. */
		ACTUAL_ALLOWED,

		/** An actual request from an origin the policy does not allow. */
		ACTUAL_REJECTED

	}

	/** Why a request was rejected. */
	public enum Reason {

		/** The origin is not allowed. */
		ORIGIN("origin"),

		/** The requested method is not allowed. */
		METHOD("method"),

		/** A requested header is not allowed. */
		HEADERS("headers"),

		/** Private network access was requested but is not allowed. */
		PRIVATE_NETWORK("private-network"),

		/** A CORS request header is malformed or oversized. */
		MALFORMED("malformed");

		private final String tag;

		Reason(String tag) {
			this.tag = tag;
		}

		/** The lowercase name used in logs and metrics. */
		public String tag() {
			return this.tag;
		}

	}

	/**
	 * What allowed an origin; a metric's {@code source} tag is its name in lowercase.
	 */
	public enum AllowedBy {

		/** The policy's configured origins and patterns. */
		CONFIGURATION,

		/** The dynamic origins' snapshot ({@link DynamicOrigins}). */
		SNAPSHOT,

		/** The per-request origin lookup. */
		LOOKUP

	}

}
