package dev.crossorigin.cors.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;

/**
 * Follows Spring Cloud's refresh: when an {@link EnvironmentChangeEvent} (after
 * {@code POST /actuator/refresh}, a Spring Cloud Config change, a Spring Cloud Bus
 * {@code busrefresh}, a Spring Cloud Kubernetes reload) changes {@code cors.*} keys, the
 * policy is built again from the properties and put in force, or refused
 * ({@link CorsPolicyUpdater#reload}). Keys read only at start-up ({@code cors.enabled},
 * {@code cors.filter-order}, {@code cors.debug}, {@code cors.dynamic-origins.*}) log a
 * warning that they need a restart.
 */
class CorsRefreshListener implements ApplicationListener<EnvironmentChangeEvent> {

	private static final Log logger = LogFactory.getLog(CorsRefreshListener.class);

	/** Keys read once, when the filter is created. */
	static final List<String> RESTART_KEYS = List.of("cors.enabled", "cors.filter-order", "cors.debug");

	/** Groups of keys read once, when the dynamic origins' loader and cache are made. */
	static final List<String> RESTART_PREFIXES = List.of("cors.dynamic-origins.");

	private final CorsPolicyUpdater updater;

	CorsRefreshListener(CorsPolicyUpdater updater) {
		this.updater = updater;
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		Set<String> keys = new TreeSet<>();
		for (String key : event.getKeys()) {
			if (key.regionMatches(true, 0, "cors.", 0, 5) || key.regionMatches(true, 0, "cors_", 0, 5)) {
				keys.add(key);
			}
		}
		if (keys.isEmpty()) {
			return;
		}
		List<String> restart = keys.stream().filter(CorsRefreshListener::needsRestart).toList();
		if (!restart.isEmpty()) {
			logger.warn("CORS: " + String.join(", ", restart) + " changed, but "
					+ ((restart.size() == 1) ? "it is" : "they are")
					+ " read only at start-up: restart the application for the change to take effect");
		}
		if (restart.size() < keys.size()) {
			this.updater.reload("refresh of " + String.join(", ", keys));
		}
	}

	/**
	 * Whether a key is read only at start-up, however it is spelled:
	 * {@code cors.filter-order}, {@code cors.filterOrder}, {@code CORS_FILTERORDER}.
	 */
	static boolean needsRestart(String key) {
		String comparable = key.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
		return RESTART_KEYS.stream().anyMatch((restart) -> restart.replaceAll("[-_.]", "").equals(comparable))
				|| RESTART_PREFIXES.stream()
					.anyMatch((restart) -> comparable.startsWith(restart.replaceAll("[-_.]", "")));
	}

}
