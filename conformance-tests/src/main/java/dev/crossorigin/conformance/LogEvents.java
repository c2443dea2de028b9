package dev.crossorigin.conformance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Collects what one logger logs, instead of printing it, for tests that provoke an
 * {@code ERROR} on purpose and assert it: a green build prints no {@code ERROR} line.
 * {@link #close()} gives the logger back to the console.
 */
public final class LogEvents extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private final Logger logger;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private LogEvents(Class<?> loggerOf) {
		this.logger = (Logger) LoggerFactory.getLogger(loggerOf);
		setContext(this.logger.getLoggerContext());
		start();
		this.logger.addAppender(this);
		this.logger.setAdditive(false);
	}

	/** Starts collecting what the logger of a class logs. */
	public static LogEvents of(Class<?> loggerOf) {
		return new LogEvents(loggerOf);
	}

	@Override
	protected void append(ILoggingEvent event) {
		this.lines.add(event.getLevel() + " " + event.getFormattedMessage());
	}

	/** Each event as its level and message, in the order logged. */
	public List<String> lines() {
		return List.copyOf(this.lines);
	}

	@Override
	public void close() {
		this.logger.detachAppender(this);
		this.logger.setAdditive(true);
		stop();
	}

}
