package dev.crossorigin.cors.policy;

import java.time.Clock;
import java.util.Objects;

/**
 * The policy in force, which can be replaced while requests are being decided. A filter
 * reads it once per request ({@link #policy()}, one volatile read, no lock) and decides
 * the whole request with that one immutable {@link CorsPolicy}, so a request is decided
 * wholly by the old policy or wholly by the new one, never by a mix. Replacing it
 * ({@link #activate}) is atomic; validation happened when the new policy was built.
 */
public final class LiveCorsPolicy {

	private final Clock clock;

	private volatile ActiveCorsPolicy active;

	/**
	 * A live policy starting with a first policy, as generation 1.
	 * @param initial the first policy
	 * @param source where it came from, for people: {@code cors.* properties}, say
	 */
	public LiveCorsPolicy(CorsPolicy initial, String source) {
		this(initial, source, Clock.systemUTC());
	}

	LiveCorsPolicy(CorsPolicy initial, String source, Clock clock) {
		this.clock = clock;
		this.active = new ActiveCorsPolicy(initial, 1, clock.instant(), source);
	}

	/**
	 * The policy to decide a request with: read it once per request.
	 * @return the policy in force
	 */
	public CorsPolicy policy() {
		return this.active.policy();
	}

	/**
	 * The policy in force with its generation, when and from where it was applied.
	 * @return the active policy
	 */
	public ActiveCorsPolicy active() {
		return this.active;
	}

	/**
	 * Puts a policy in force: requests decided from now on use it, requests being decided
	 * finish with the one they started with. The dynamic origins in force (see
	 * {@link #activateDynamicOrigins}) carry over to it, replacing any it was given.
	 * @param policy the new policy
	 * @param source where it comes from, for people
	 * @return the new active policy, one generation later
	 */
	public synchronized ActiveCorsPolicy activate(CorsPolicy policy, String source) {
		Objects.requireNonNull(policy, "policy");
		// The origins in force are those of the policy in force.
		DynamicOrigins inForce = this.active.policy().dynamicOrigins();
		CorsPolicy withOrigins = (policy.dynamicOrigins() == inForce) ? policy : policy.withDynamicOrigins(inForce);
		ActiveCorsPolicy next = new ActiveCorsPolicy(withOrigins, this.active.generation() + 1, this.clock.instant(),
				source);
		this.active = next;
		return next;
	}

	/**
	 * Puts other origins supplied at run time in force, in the policy in force and every
	 * later one. The policy's generation stays: its configuration did not change.
	 * @param dynamicOrigins the origins
	 */
	public synchronized void activateDynamicOrigins(DynamicOrigins dynamicOrigins) {
		Objects.requireNonNull(dynamicOrigins, "dynamicOrigins");
		ActiveCorsPolicy current = this.active;
		this.active = new ActiveCorsPolicy(current.policy().withDynamicOrigins(dynamicOrigins), current.generation(),
				current.appliedAt(), current.source());
	}

}
