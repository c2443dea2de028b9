package dev.crossorigin.cors.gateway;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * The {@link GatewayCorsMappings} of the policy in force: worked out again, once, each
 * time a new policy is put in force at run time, so that the gateway follows it as the
 * CORS filter does.
 */
public final class LiveGatewayCorsMappings {

	private final LiveCorsPolicy live;

	private final Supplier<Collection<List<String>>> passThroughPaths;

	private volatile Snapshot snapshot;

	/**
	 * Modes that follow a live policy.
	 * @param live the live policy
	 * @param passThroughPaths the paths of the pass-through mappings, read again with
	 * each new policy
	 */
	public LiveGatewayCorsMappings(LiveCorsPolicy live, Supplier<Collection<List<String>>> passThroughPaths) {
		this.live = live;
		this.passThroughPaths = passThroughPaths;
		CorsPolicy policy = live.policy();
		this.snapshot = new Snapshot(policy, new GatewayCorsMappings(policy, passThroughPaths.get()));
	}

	/**
	 * What the starter does with CORS for a path, under the policy in force.
	 * @param path the path Spring routes on, or {@code null} when Spring cannot parse it
	 * @return the mode
	 * @see GatewayCorsMappings#modeFor(PathContainer)
	 */
	public GatewayCorsMode modeFor(@Nullable PathContainer path) {
		return current().modeFor(path);
	}

	private GatewayCorsMappings current() {
		CorsPolicy policy = this.live.policy();
		Snapshot snapshot = this.snapshot;
		if (snapshot.policy() != policy) {
			snapshot = new Snapshot(policy, new GatewayCorsMappings(policy, this.passThroughPaths.get()));
			this.snapshot = snapshot;
		}
		return snapshot.mappings();
	}

	private record Snapshot(CorsPolicy policy, GatewayCorsMappings mappings) {
	}

}
