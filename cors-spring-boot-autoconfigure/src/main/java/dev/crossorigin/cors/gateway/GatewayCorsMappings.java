package dev.crossorigin.cors.gateway;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.cors.policy.CorsMapping;
import dev.crossorigin.cors.policy.CorsPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;

/**
 * Tells, for a path, what the starter does with CORS on a Spring Cloud Gateway: the mode
 * of the first mapping of the policy whose paths match, tried in the policy's order.
 *
 * <p>
 * A pass-through mapping is a disabled mapping to the policy, so the policy alone cannot
 * tell it from one disabled for another reason; it is named here by its paths, which no
 * two mappings of a valid policy share.
 */
public final class GatewayCorsMappings {

	/**
	 * The policy's paths in the policy's order, every mapping enabled, so that it finds
	 * the first mapping whose paths match whatever that mapping does.
	 */
	private final CorsPolicy firstMatch;

	private final Map<List<String>, GatewayCorsMode> modes = new HashMap<>();

	/**
	 * Modes for a policy's mappings.
	 * @param policy the policy the starter applies
	 * @param passThroughPaths the paths of the mappings that pass CORS through to the
	 * routed services
	 */
	public GatewayCorsMappings(CorsPolicy policy, Collection<List<String>> passThroughPaths) {
		Set<List<String>> passThrough = Set.copyOf(passThroughPaths);
		List<CorsMapping> mappings = policy.mappings();
		CorsMapping topLevel = mappings.get(mappings.size() - 1);
		CorsPolicyBuilder firstMatch = CorsPolicy.builder().paths(topLevel.paths());
		// The top level goes in first: a mapping with the same paths wins every path from
		// it.
		this.modes.put(topLevel.paths(), topLevel.enabled() ? GatewayCorsMode.ANSWER : GatewayCorsMode.NONE);
		for (CorsMapping mapping : mappings.subList(0, mappings.size() - 1)) {
			firstMatch.mapping((builder) -> builder.paths(mapping.paths()));
			this.modes.put(mapping.paths(), mode(mapping, passThrough));
		}
		this.firstMatch = firstMatch.build();
	}

	private static GatewayCorsMode mode(CorsMapping mapping, Set<List<String>> passThrough) {
		if (mapping.enabled()) {
			return GatewayCorsMode.ANSWER;
		}
		return passThrough.contains(mapping.paths()) ? GatewayCorsMode.PASS_THROUGH : GatewayCorsMode.NONE;
	}

	/**
	 * What the starter does with CORS for a path. This is the one place that decides
	 * which mapping covers a request on a gateway; each gateway flavour calls it with the
	 * path before routing, as its CORS filter saw it.
	 * @param path the path Spring routes on (see {@code CorsRequestReader#path}), or
	 * {@code null} when Spring cannot parse it
	 * @return the mode
	 */
	public GatewayCorsMode modeFor(@Nullable PathContainer path) {
		CorsMapping mapping = (path != null) ? this.firstMatch.mappingFor(path) : null;
		return (mapping != null) ? this.modes.getOrDefault(mapping.paths(), GatewayCorsMode.NONE)
				: GatewayCorsMode.NONE;
	}

}
