package dev.crossorigin.cors.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.crossorigin.cors.policy.CorsPolicyException;
import dev.crossorigin.cors.policy.CorsPolicyProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds {@code cors.*} keys that bind to no property, such as a misspelled
 * {@code cors.allowed-origin}, which would otherwise leave the policy empty without a
 * word. Spring Boot's own {@link NoUnboundElementsBindHandler} finds them (it knows lists
 * a profile overrides); each is reported with where it was set and the closest real
 * property.
 *
 * <p>
 * A key from a configuration file, the command line or any other source a person wrote
 * for this application stops start-up. A key from an environment variable or a system
 * property only logs a warning: an unrelated {@code CORS_*} variable may well exist.
 */
final class UnknownCorsProperties {

	private static final Log logger = LogFactory.getLog(UnknownCorsProperties.class);

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("cors");

	private static final List<String> TOP_LEVEL_KEYS = keys(CorsProperties.class);

	private static final List<String> MAPPING_KEYS = keys(CorsProperties.Mapping.class);

	private UnknownCorsProperties() {
	}

	/**
	 * Checks the environment's {@code cors.*} keys, at start-up: the unknown ones from
	 * environment variables and system properties are logged.
	 * @param environment the environment
	 * @throws CorsPolicyException listing every unknown key set outside environment
	 * variables and system properties
	 */
	static void check(Environment environment) {
		check(environment, true);
	}

	/**
	 * Checks the environment's {@code cors.*} keys again, when the policy is rebuilt from
	 * them at run time: the keys from environment variables and system properties were
	 * reported at start-up and are not logged again.
	 * @param environment the environment
	 * @throws CorsPolicyException listing every unknown key set outside environment
	 * variables and system properties
	 */
	static void recheck(Environment environment) {
		check(environment, false);
	}

	private static void check(Environment environment, boolean logEnvironmentKeys) {
		List<CorsPolicyProblem> problems = new ArrayList<>();
		for (ConfigurationProperty property : find(environment)) {
			String name = property.getName().toString();
			String suggestion = suggestion(property.getName());
			String where = (property.getOrigin() != null) ? property.getOrigin().toString()
					: "property source '" + sourceName(property) + "'";
			if (isFromEnvironmentOrSystemProperties(property)) {
				if (!logEnvironmentKeys) {
					continue;
				}
				logger.warn("CORS: " + name + " (" + where + ") is not a CORS property and is ignored"
						+ ((suggestion != null) ? "; did you mean " + suggestion + "?" : ""));
			}
			else {
				problems.add(new CorsPolicyProblem(name.substring(PREFIX.toString().length() + 1),
						String.valueOf(property.getValue()), "is not a CORS property (set in " + where + ")",
						(suggestion != null) ? "Did you mean " + suggestion + "?"
								: "Remove it; the cors.* properties are listed in the README."));
			}
		}
		if (!problems.isEmpty()) {
			throw new CorsPolicyException(problems);
		}
	}

	/**
	 * The {@code cors.*} keys no property binds, in name order.
	 * @param environment the environment
	 * @return the unbound keys
	 */
	static List<ConfigurationProperty> find(Environment environment) {
		try {
			Binder.get(environment)
				.bind(PREFIX, Bindable.of(CorsProperties.class), new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
			return List.of();
		}
		catch (BindException ex) {
			if (ex.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
				return List.copyOf(unbound.getUnboundProperties());
			}
			// Values of the wrong type: Spring Boot's own binding of CorsProperties
			// reports them.
			return List.of();
		}
	}

	/**
	 * The real property closest to an unknown one, such as {@code cors.allowed-origins}
	 * for {@code cors.allowed-origin}, or {@code null} when none is close.
	 */
	static @Nullable String suggestion(ConfigurationPropertyName name) {
		if (name.getNumberOfElements() < 2) {
			return null;
		}
		String key = name.getElement(1, ConfigurationPropertyName.Form.DASHED);
		if (key.equals("mappings") && name.getNumberOfElements() > 3 && name.isNumericIndex(2)) {
			String mappingKey = name.getElement(3, ConfigurationPropertyName.Form.DASHED);
			String closest = closest(mappingKey, MAPPING_KEYS);
			return (closest != null)
					? "cors.mappings[" + name.getElement(2, ConfigurationPropertyName.Form.ORIGINAL) + "]." + closest
					: null;
		}
		String closest = closest(key, TOP_LEVEL_KEYS);
		return (closest != null) ? "cors." + closest : null;
	}

	private static @Nullable String closest(String key, List<String> candidates) {
		String typed = comparable(key);
		return candidates.stream()
			.filter((candidate) -> distance(typed, comparable(candidate)) <= Math.max(2, typed.length() / 4))
			.min(Comparator.comparingInt((String candidate) -> distance(typed, comparable(candidate))))
			.orElse(null);
	}

	/**
	 * A key without dashes, in lowercase: environment variables lose the dashes
	 * ({@code CORS_ALLOWEDORIGINS}).
	 */
	private static String comparable(String key) {
		return key.replace("-", "").toLowerCase(Locale.ROOT);
	}

	/** The Levenshtein distance between two strings. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static boolean isFromEnvironmentOrSystemProperties(ConfigurationProperty property) {
		PropertySource<?> source = underlyingSource(property);
		return source instanceof SystemEnvironmentPropertySource || (source != null
				&& StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName()));
	}

	private static String sourceName(ConfigurationProperty property) {
		PropertySource<?> source = underlyingSource(property);
		return (source != null) ? source.getName() : "unknown";
	}

	private static @Nullable PropertySource<?> underlyingSource(ConfigurationProperty property) {
		Object underlying = (property.getSource() != null) ? property.getSource().getUnderlyingSource() : null;
		return (underlying instanceof PropertySource<?> source) ? source : null;
	}

	/** The bindable properties of a properties class, in the dashed form. */
	private static List<String> keys(Class<?> type) {
		return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter((descriptor) -> descriptor.getWriteMethod() != null)
			.map(PropertyDescriptor::getName)
			.map(DataObjectPropertyName::toDashedForm)
			.toList();
	}

}
