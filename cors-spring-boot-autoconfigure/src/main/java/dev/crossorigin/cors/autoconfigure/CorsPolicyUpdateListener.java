package dev.crossorigin.cors.autoconfigure;

/**
 * Told of every attempt to change the CORS policy at run time, applied, refused or
 * skipped, after it was made: for metrics and for what derives state from the policy.
 */
@FunctionalInterface
public interface CorsPolicyUpdateListener {

	/**
	 * Called once per update, on the thread that made it.
	 * @param update the update
	 */
	void onUpdate(CorsPolicyUpdate update);

}
