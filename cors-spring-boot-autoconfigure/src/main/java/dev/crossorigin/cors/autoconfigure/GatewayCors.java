package dev.crossorigin.cors.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.crossorigin.cors.gateway.LiveGatewayCorsMappings;
import dev.crossorigin.cors.policy.LiveCorsPolicy;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * What the gateway auto-configurations share: the modes of the policy's mappings, and the
 * gateway's own CORS configuration found in the environment.
 */
final class GatewayCors {

	/**
	 * Where each Spring Cloud Gateway release train reads its WebFlux flavour's settings:
	 * 2025.0 and 2025.1 under the first, earlier trains (and the properties migrator)
	 * under the second.
	 */
	private static final List<String> WEBFLUX_PREFIXES = List.of("spring.cloud.gateway.server.webflux",
			"spring.cloud.gateway");

	private GatewayCors() {
	}

	/**
	 * The gateway modes of the policy in force, with the pass-through mappings of the
	 * properties it was last built from.
	 */
	static LiveGatewayCorsMappings mappings(LiveCorsPolicy live, CorsPolicyUpdater updater) {
		return new LiveGatewayCorsMappings(live, () -> passThroughPaths(updater.properties()));
	}

	private static List<List<String>> passThroughPaths(CorsProperties properties) {
		List<List<String>> passThrough = new ArrayList<>();
		for (CorsProperties.Mapping mapping : properties.getMappings()) {
			if (mapping.isPassThrough()) {
				passThrough.add(mapping.getPaths());
			}
		}
		return passThrough;
	}

	/**
	 * The keys under which the environment configures the WebFlux gateway's own CORS: its
	 * {@code globalcors} configurations and the {@code cors} metadata of routes defined
	 * in properties.
	 * @param environment the environment
	 * @return the keys found, each named once, in the order of {@link #WEBFLUX_PREFIXES}
	 */
	static Set<String> webFluxGatewayCorsKeys(Environment environment) {
		Set<String> found = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			for (String prefix : WEBFLUX_PREFIXES) {
				String globalCors = prefix + ".globalcors.cors-configurations";
				if (source.containsDescendantOf(
						ConfigurationPropertyName.of(globalCors)) == ConfigurationPropertyState.PRESENT) {
					found.add(globalCors);
				}
				if (source instanceof IterableConfigurationPropertySource iterable
						&& iterable.stream().anyMatch((name) -> isRouteCorsMetadata(name, prefix + ".routes"))) {
					found.add(prefix + ".routes[*].metadata.cors");
				}
			}
		}
		return found;
	}

	private static boolean isRouteCorsMetadata(ConfigurationPropertyName name, String routes) {
		ConfigurationPropertyName parent = ConfigurationPropertyName.of(routes);
		int index = parent.getNumberOfElements();
		return parent.isAncestorOf(name) && name.getNumberOfElements() > index + 2 && name.isNumericIndex(index)
				&& name.getElement(index + 1, ConfigurationPropertyName.Form.UNIFORM).equals("metadata")
				&& name.getElement(index + 2, ConfigurationPropertyName.Form.UNIFORM).equals("cors");
	}

	/**
	 * The warning that two CORS layers are configured, which one answers, and how to
	 * remove the other.
	 * @param keys the gateway's own CORS keys found
	 * @return the warning
	 */
	static String twoLayersWarning(Set<String> keys) {
		String named = String.join(", ", keys);
		return "CORS: two CORS layers are configured on this gateway: cors.* (this starter) and the gateway's own ("
				+ named + "). The starter answers first: on every path an enabled cors mapping covers it answers "
				+ "preflights before they reach the gateway, and the gateway's CORS processing leaves alone the "
				+ "responses that already carry the starter's Access-Control-Allow-Origin; the gateway's CORS only "
				+ "answers the other paths and the origins the starter refuses. Keep one layer: remove " + named
				+ ", or set cors.enabled=false to leave CORS to the gateway.";
	}

}
