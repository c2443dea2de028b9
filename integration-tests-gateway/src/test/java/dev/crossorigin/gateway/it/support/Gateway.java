package dev.crossorigin.gateway.it.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gateway application under test, started on a free port of the loopback address with
 * its routes pointing at a {@link Downstream} (see {@code application.yml}).
 */
public final class Gateway implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Gateway(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a gateway.
	 * @param application the application class
	 * @param type the web application type of the gateway's flavour
	 * @param downstream the service the routes lead to
	 * @param properties more properties, as {@code name=value}
	 * @return the running gateway
	 */
	public static Gateway start(Class<?> application, WebApplicationType type, Downstream downstream,
			String... properties) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(type);
		List<String> args = new ArrayList<>();
		args.add("--downstream.port=" + downstream.port());
		for (String property : properties) {
			args.add("--" + property);
		}
		return new Gateway(app.run(args.toArray(String[]::new)));
	}

	/** The port the gateway listens on. */
	public int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
