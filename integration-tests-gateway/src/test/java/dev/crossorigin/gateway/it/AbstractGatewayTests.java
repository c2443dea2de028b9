package dev.crossorigin.gateway.it;

import dev.crossorigin.gateway.it.support.Client;
import dev.crossorigin.gateway.it.support.Downstream;
import dev.crossorigin.gateway.it.support.Gateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A service and a gateway in front of it, started once for a test class; subclasses
 * choose the gateway's flavour and settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractGatewayTests {

	/** The user HTTP Basic knows on secured gateways. */
	public static final String USER = "user";

	public static final String PASSWORD = "password";

	protected static final String METHODS = "GET, POST, PUT, DELETE";

	private Downstream downstream;

	private Gateway gateway;

	private Client client;

	/**
	 * Starts the gateway under test.
	 * @param downstream the service its routes lead to
	 * @return the gateway
	 */
	protected abstract Gateway startGateway(Downstream downstream);

	@BeforeAll
	void start() {
		this.downstream = Downstream.start();
		this.gateway = startGateway(this.downstream);
		this.client = new Client(this.gateway.port());
	}

	@AfterAll
	void stop() {
		if (this.gateway != null) {
			this.gateway.close();
		}
		this.downstream.close();
	}

	protected Downstream downstream() {
		return this.downstream;
	}

	protected Client client() {
		return this.client;
	}

}
