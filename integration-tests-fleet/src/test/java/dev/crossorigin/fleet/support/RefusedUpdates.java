package dev.crossorigin.fleet.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import dev.crossorigin.cors.autoconfigure.CorsPolicyUpdater;
import org.slf4j.LoggerFactory;

/**
 * The log of refused policy updates: the {@code ERROR} that {@link CorsPolicyUpdater}
 * writes when it refuses a new policy. This module's {@code logback-test.xml} keeps those
 * events off the console ({@link ConsoleFilter}) and records them here, so that a green
 * build prints no {@code ERROR} line and the test that provokes a refusal asserts what
 * was logged. Every other event reaches the console as Spring Boot's own configuration
 * would print it.
 */
public final class RefusedUpdates extends AppenderBase<ILoggingEvent> {

	private static final String NAME = "REFUSED_UPDATES";

	private final List<String> logged = new CopyOnWriteArrayList<>();

	@Override
	protected void append(ILoggingEvent event) {
		if (isRefusal(event)) {
			this.logged.add(event.getLevel() + " " + event.getFormattedMessage());
		}
	}

	/**
	 * How many refusals have been logged since logging was configured.
	 * @return the count
	 */
	public static int count() {
		return appender().logged.size();
	}

	/**
	 * The refusals logged after the first {@code count}, each as its level and message.
	 * @param count what {@link #count()} returned before the refusals of interest
	 * @return the events since
	 */
	public static List<String> since(int count) {
		List<String> logged = appender().logged;
		return List.copyOf(logged.subList(count, logged.size()));
	}

	private static RefusedUpdates appender() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Appender<ILoggingEvent> appender = root.getAppender(NAME);
		if (appender instanceof RefusedUpdates refused) {
			return refused;
		}
		throw new IllegalStateException("No " + NAME + " appender: see this module's logback-test.xml");
	}

	static boolean isRefusal(ILoggingEvent event) {
		return event.getLevel() == Level.ERROR && CorsPolicyUpdater.class.getName().equals(event.getLoggerName());
	}

	/** Keeps refusals off the console; other events pass. */
	public static final class ConsoleFilter extends Filter<ILoggingEvent> {

		@Override
		public FilterReply decide(ILoggingEvent event) {
			return isRefusal(event) ? FilterReply.DENY : FilterReply.NEUTRAL;
		}

	}

}
