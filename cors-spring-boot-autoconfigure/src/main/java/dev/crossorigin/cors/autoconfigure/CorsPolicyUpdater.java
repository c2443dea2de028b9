package dev.crossorigin.cors.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.crossorigin.cors.policy.CorsPolicyBuilder;
import dev.crossorigin.cors.policy.ActiveCorsPolicy;
import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.CorsPolicyException;
import dev.crossorigin.cors.policy.CorsPolicyProblem;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Changes the CORS policy of a running application: the public API behind Spring Cloud's
 * refresh, for an application's own code too. A new policy is validated first, as at
 * start-up; a valid one is put in force atomically, an invalid one is refused and the
 * policy in force keeps serving. Each update is logged ({@code INFO} when applied,
 * {@code ERROR} with every problem when refused), counted, and remembered for the
 * {@code cors} Actuator endpoint. Updates are made one at a time.
 *
 * <p>
 * Nothing here is reachable over HTTP: an application that wants an endpoint to change
 * its policy calls this bean from one it secures itself.
 */
public class CorsPolicyUpdater {

	private static final Log logger = LogFactory.getLog(CorsPolicyUpdater.class);

	private final LiveCorsPolicy live;

	private final Environment environment;

	private final ObjectProvider<CorsPolicyCustomizer> customizers;

	private final PropertiesCorsPolicyCustomizer startupProperties;

	private final ObjectProvider<CorsPolicyUpdateListener> listeners;

	private final Clock clock;

	private volatile CorsProperties properties;

	private volatile CorsPolicyUpdate lastRefused;

	CorsPolicyUpdater(LiveCorsPolicy live, Environment environment, ObjectProvider<CorsPolicyCustomizer> customizers,
			PropertiesCorsPolicyCustomizer startupProperties, ObjectProvider<CorsPolicyUpdateListener> listeners,
			Clock clock) {
		this.live = live;
		this.environment = environment;
		this.customizers = customizers;
		this.startupProperties = startupProperties;
		this.listeners = listeners;
		this.clock = clock;
		this.properties = startupProperties.properties();
	}

	/**
	 * Builds a policy from customizers, the properties' own among them, in their order.
	 * @param customizers the customizers
	 * @return the policy
	 * @throws CorsPolicyException when it is invalid
	 */
	static CorsPolicy build(Stream<CorsPolicyCustomizer> customizers) {
		CorsPolicyBuilder builder = CorsPolicy.builder();
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/** The policy in force, with its generation and where and when it was applied. */
	public ActiveCorsPolicy active() {
		return this.live.active();
	}

	/** The last update that was refused, if any. */
	public Optional<CorsPolicyUpdate> lastRefused() {
		return Optional.ofNullable(this.lastRefused);
	}

	/**
	 * Puts a policy in force. A {@link CorsPolicy} is valid once built, so this is always
	 * applied.
	 * @param policy the new policy
	 * @param source where the change comes from, for the log and the Actuator endpoint
	 * @return the update
	 */
	public CorsPolicyUpdate replace(CorsPolicy policy, String source) {
		return update(() -> policy, source);
	}

	/**
	 * Builds and puts in force the policy a builder describes, or refuses it.
	 * @param builder the new policy, not yet validated
	 * @param source where the change comes from
	 * @return the update, with the problems when refused
	 */
	public CorsPolicyUpdate replace(CorsPolicyBuilder builder, String source) {
		return update(builder::build, source);
	}

	/**
	 * Adjusts the policy in force: the customizer changes a builder holding its effective
	 * settings ({@link CorsPolicy#toBuilder()}). A later reload from the properties
	 * starts again from the properties and the application's {@link CorsPolicyCustomizer}
	 * beans, without this change.
	 * @param customizer the change
	 * @param source where the change comes from
	 * @return the update, with the problems when refused
	 */
	public CorsPolicyUpdate customize(CorsPolicyCustomizer customizer, String source) {
		return update(() -> {
			CorsPolicyBuilder builder = this.live.policy().toBuilder();
			customizer.customize(builder);
			return builder.build();
		}, source);
	}

	/**
	 * Builds the policy again from the {@code cors.*} properties as the environment holds
	 * them now, with the application's {@link CorsPolicyCustomizer} beans in their order,
	 * and puts it in force, or refuses it. Misspelled keys refuse it as they stop
	 * start-up. When the application's own {@link CorsPolicy} bean made the policy, it is
	 * not rebuilt from properties: the update is skipped.
	 * @param source where the change comes from, such as the keys a refresh changed
	 * @return the update
	 */
	public synchronized CorsPolicyUpdate reload(String source) {
		if (!this.startupProperties.wasApplied()) {
			CorsPolicyUpdate skipped = new CorsPolicyUpdate(CorsPolicyUpdate.Outcome.SKIPPED,
					this.live.active().generation(), this.clock.instant(), source, List.of());
			logger.info("CORS: " + source + " changes cors.* properties, but the application's own CorsPolicy bean "
					+ "made the policy, so it is not rebuilt from them; CorsPolicyUpdater.replace changes it");
			notifyListeners(skipped);
			return skipped;
		}
		return update(() -> {
			UnknownCorsProperties.recheck(this.environment);
			CorsProperties fresh = Binder.get(this.environment).bindOrCreate("cors", Bindable.of(CorsProperties.class));
			PropertiesCorsPolicyCustomizer freshCustomizer = new PropertiesCorsPolicyCustomizer(fresh);
			CorsPolicy policy = build(this.customizers.orderedStream()
				.map((customizer) -> (customizer instanceof PropertiesCorsPolicyCustomizer) ? freshCustomizer
						: customizer));
			this.properties = fresh;
			return policy;
		}, source);
	}

	/**
	 * The {@code cors.*} properties the policy in force was last built from: those bound
	 * at start-up until a {@link #reload}.
	 */
	CorsProperties properties() {
		return this.properties;
	}

	private synchronized CorsPolicyUpdate update(Supplier<CorsPolicy> newPolicy, String source) {
		CorsPolicyUpdate update;
		try {
			CorsPolicy policy = newPolicy.get();
			ActiveCorsPolicy active = this.live.activate(policy, source);
			update = new CorsPolicyUpdate(CorsPolicyUpdate.Outcome.APPLIED, active.generation(), active.appliedAt(),
					source, List.of());
			logger.info("CORS: policy generation " + active.generation() + " applied from " + source + ": "
					+ CorsStartupReport.summary(policy));
			policy.warnings().forEach((warning) -> logger.warn(CorsPolicyProblems.warning(warning)));
		}
		catch (CorsPolicyException ex) {
			update = refused(source, ex.problems());
		}
		notifyListeners(update);
		return update;
	}

	private CorsPolicyUpdate refused(String source, List<CorsPolicyProblem> problems) {
		long serving = this.live.active().generation();
		CorsPolicyUpdate update = new CorsPolicyUpdate(CorsPolicyUpdate.Outcome.REFUSED, serving, this.clock.instant(),
				source, problems);
		this.lastRefused = update;
		logger.error("CORS: the policy update from " + source + " is refused, and generation " + serving
				+ " keeps serving. " + CorsPolicyProblems.description(problems) + System.lineSeparator()
				+ CorsPolicyProblems.action(problems));
		return update;
	}

	private void notifyListeners(CorsPolicyUpdate update) {
		this.listeners.orderedStream().forEach((listener) -> listener.onUpdate(update));
	}

}
