package dev.crossorigin.conformance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log of the test applications' deliberate failures: their {@code GET /api/fail}
 * throws an exception whose message starts with {@value #MARKER}, and the server logs it
 * with its stack trace ({@code ERROR} on Tomcat and Netty). A test module's
 * {@code logback-test.xml} includes
 * {@code dev/crossorigin/conformance/logback-test-base.xml}, which keeps those events off
 * the console ({@link ConsoleFilter}) and records them here, so that a green build prints
 * no {@code ERROR} line and a test that provokes a failure asserts that it was logged.
 * Every other event reaches the console as Spring Boot's own configuration would print
 * it.
 */
public final class DeliberateFailures extends AppenderBase<ILoggingEvent> {

	/** How the message of a deliberate failure's exception starts. */
	public static final String MARKER = "Fails on purpose";

	private static final String NAME = "DELIBERATE_FAILURES";

	private final List<String> logged = new CopyOnWriteArrayList<>();

	@Override
	protected void append(ILoggingEvent event) {
		if (isDeliberate(event)) {
			this.logged.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
		}
	}

	/**
	 * How many deliberate failures have been logged since logging was last configured
	 * (each application start configures it anew).
	 * @return the count
	 */
	public static int count() {
		return appender().logged.size();
	}

	/**
	 * The deliberate failures logged after the first {@code count}, each as its level,
	 * logger and message.
	 * @param count what {@link #count()} returned before the failures of interest
	 * @return the events since
	 */
	public static List<String> since(int count) {
		List<String> logged = appender().logged;
		return List.copyOf(logged.subList(count, logged.size()));
	}

	/**
	 * Runs an action that provokes one deliberate failure, and asserts that the server
	 * logged it, once (Tomcat and Netty log it at {@code ERROR}, Jetty at {@code WARN}).
	 * @param <T> the action's result
	 * @param action the action, such as a request to {@code /api/fail}
	 * @return the action's result
	 */
	public static <T> T expectOne(Supplier<T> action) {
		int before = count();
		T result = action.get();
		assertThat(since(before)).as("deliberate failures logged").hasSize(1);
		return result;
	}

	private static DeliberateFailures appender() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Appender<ILoggingEvent> appender = root.getAppender(NAME);
		if (appender instanceof DeliberateFailures failures) {
			return failures;
		}
		throw new IllegalStateException("No " + NAME + " appender: the module's logback-test.xml must include "
				+ "dev/crossorigin/conformance/logback-test-base.xml");
	}

	static boolean isDeliberate(ILoggingEvent event) {
		for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
			if (thrown.getMessage() != null && thrown.getMessage().startsWith(MARKER)) {
				return true;
			}
		}
		return false;
	}

	/** Keeps the deliberate failures off the console; other events pass. */
	public static final class ConsoleFilter extends Filter<ILoggingEvent> {

		@Override
		public FilterReply decide(ILoggingEvent event) {
			return isDeliberate(event) ? FilterReply.DENY : FilterReply.NEUTRAL;
		}

	}

}
