package dev.crossorigin.cors.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.crossorigin.cors.policy.CorsMapping;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsPolicyProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Says at start-up, once per application context, what CORS the application runs with:
 * one {@code INFO} line stating the effective policy in brief, one {@code WARN} line per
 * risky setting, and a {@code WARN} when an application's own {@link CorsPolicy} bean
 * makes {@code cors.*} policy keys ineffective. It runs after every singleton exists, so
 * it speaks whether or not a filter was registered, and whoever registered it.
 */
class CorsStartupReport implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CorsStartupReport.class);

	private final ListableBeanFactory beans;

	private final CorsProperties properties;

	private final PropertiesCorsPolicyCustomizer propertiesCustomizer;

	CorsStartupReport(ListableBeanFactory beans, CorsProperties properties,
			PropertiesCorsPolicyCustomizer propertiesCustomizer) {
		this.beans = beans;
		this.properties = properties;
		this.propertiesCustomizer = propertiesCustomizer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		CorsPolicy policy = this.beans.getBeanProvider(CorsPolicy.class).getIfUnique();
		if (policy == null) {
			return;
		}
		logger.info(summary(policy, CorsFilterStack.of(this.beans)));
		for (CorsPolicyProblem warning : policy.warnings()) {
			logger.warn("CORS policy: " + warning.describe("cors") + ". " + warning.action());
		}
		List<String> ignored = this.properties.policyKeysSet();
		if (!ignored.isEmpty() && !this.propertiesCustomizer.wasApplied()) {
			logger.warn("CORS: the application's own CorsPolicy bean replaces the policy built from cors.* "
					+ "properties, so " + ignored.stream().map((key) -> "cors." + key).collect(Collectors.joining(", "))
					+ " have no effect; remove them, or build the policy from the properties by adjusting it with "
					+ "CorsPolicyCustomizer beans instead of a CorsPolicy bean");
		}
		reportDynamicOrigins(policy);
		if (this.properties.isDebug()) {
			logger.warn("CORS: cors.debug is true, so rejected preflights explain themselves in their body; "
					+ "turn it off outside development");
		}
	}

	/**
	 * Warns where origins supplied at run time and the paths allowing them do not meet: a
	 * source or lookup that no path consults, or paths allowing dynamic origins that no
	 * source or lookup supplies.
	 */
	private void reportDynamicOrigins(CorsPolicy policy) {
		List<String> suppliers = new ArrayList<>();
		for (Class<?> type : List.of(CorsOriginSource.class, CorsOriginLookup.class)) {
			suppliers.addAll(List.of(this.beans.getBeanNamesForType(type)));
		}
		suppliers.addAll(List.of(this.beans.getBeanNamesForType(ReactiveCorsOriginLookup.class)));
		if (!suppliers.isEmpty() && !policy.consultsDynamicOrigins()) {
			logger.warn("CORS: the application supplies origins at run time (" + String.join(", ", suppliers)
					+ "), but no enabled mapping allows them: set cors.allow-dynamic-origins, or "
					+ "cors.mappings[i].allow-dynamic-origins, to true where they apply");
		}
		else if (suppliers.isEmpty() && policy.consultsDynamicOrigins()) {
			logger.warn("CORS: allow-dynamic-origins is true, but the application supplies no origins at run "
					+ "time: define a CorsOriginSource bean (or a CorsOriginLookup) to supply them");
		}
	}

	/**
	 * One line: where the filter runs, and what the policy allows at the top level and
	 * how many mappings refine it.
	 */
	static String summary(CorsPolicy policy, CorsFilterStack filter) {
		String where = switch (filter.stack()) {
			case SERVLET, REACTIVE -> filter.stack().displayName() + " filter at order " + filter.order();
			case NONE -> "no CORS filter registered (not a web application, or the application replaced it)";
		};
		return "CORS: " + where + "; " + summary(policy);
	}

	/**
	 * What a policy allows at the top level, and how many mappings refine it.
	 */
	static String summary(CorsPolicy policy) {
		List<CorsMapping> mappings = policy.mappings();
		CorsMapping topLevel = mappings.get(mappings.size() - 1);
		List<CorsMapping> refining = mappings.subList(0, mappings.size() - 1);
		long disabled = refining.stream().filter((mapping) -> !mapping.enabled()).count();
		String origins = topLevel.allowedOrigins().contains("*") ? "any origin"
				: count(topLevel.allowedOrigins().size(), "origin") + ", "
						+ count(topLevel.allowedOriginPatterns().size(), "origin pattern");
		return "top level on " + String.join(", ", topLevel.paths()) + ": " + origins + ", "
				+ (topLevel.allowCredentials() ? "credentials allowed" : "no credentials") + "; "
				+ count(refining.size(), "mapping") + ((disabled > 0) ? " (" + disabled + " disabled)" : "");
	}

	private static String count(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
