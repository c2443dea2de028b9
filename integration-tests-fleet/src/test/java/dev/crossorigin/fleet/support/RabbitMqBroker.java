package dev.crossorigin.fleet.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Runs the fleet tests where a RabbitMQ broker listens on the loopback address, the one
 * Spring Cloud Bus carries the refresh through. Without one they are skipped with one
 * line saying how to start it, or fail when {@value #REQUIRED_VARIABLE} is {@code true}
 * (CI sets it after starting the broker), so that CI cannot pass without running them.
 */
public final class RabbitMqBroker implements ExecutionCondition {

	/** The environment variable that turns a missing broker into a failure. */
	public static final String REQUIRED_VARIABLE = "REQUIRE_CORS_FLEET_TESTS";

	/** The broker's host. */
	public static final String HOST = "127.0.0.1";

	/** The broker's AMQP port. */
	public static final int PORT = 5672;

	private static final String START = "apt-get install -y rabbitmq-server && rabbitmq-server -detached";

	private static final Namespace NAMESPACE = Namespace.create(RabbitMqBroker.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (listening()) {
			return ConditionEvaluationResult.enabled("RabbitMQ listens on " + HOST + ":" + PORT);
		}
		String problem = "Fleet tests need a RabbitMQ broker on " + HOST + ":" + PORT + "; start one with: " + START;
		if (Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
			throw new IllegalStateException(problem + " (" + REQUIRED_VARIABLE + "=true forbids skipping them)");
		}
		String reason = problem + " (skipped; set " + REQUIRED_VARIABLE + "=true to fail instead)";
		// Surefire counts skipped tests but does not print why: say it once per run.
		context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("reported", (key) -> {
			System.err.println("[WARNING] " + reason);
			return true;
		});
		return ConditionEvaluationResult.disabled(reason);
	}

	private static boolean listening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
