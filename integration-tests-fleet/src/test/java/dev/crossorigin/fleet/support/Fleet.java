package dev.crossorigin.fleet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A fleet in one JVM: a Spring Cloud Config Server serving the files of a temporary
 * directory, and two instances of {@link FleetApplication} importing their configuration
 * from it, one on Spring MVC and Tomcat, one on Spring WebFlux and Netty. All three are
 * members of one Spring Cloud Bus over the RabbitMQ broker on the loopback address, and
 * listen on free ports of the loopback address.
 *
 * <p>
 * The directory holds {@code application.yml}, for every application of the fleet (the
 * broker, the bus and the Actuator endpoints), and {@code fleet.yml}, for the instances
 * ({@code spring.application.name=fleet}): their {@code cors.*} policy.
 */
public final class Fleet implements AutoCloseable {

	private final Path directory;

	private final String destination;

	private final List<Instance> started = new ArrayList<>();

	private Instance configServer;

	private Instance servlet;

	private Instance reactive;

	private Fleet(Path directory, String destination) {
		this.directory = directory;
		this.destination = destination;
	}

	/**
	 * Starts a config server serving a policy, then the two instances.
	 * @param policy the content of {@code fleet.yml}
	 * @return the running fleet
	 */
	public static Fleet start(String policy) {
		// Its own bus destination (a RabbitMQ exchange), so that fleets of other builds
		// sharing the broker do not hear this one's refreshes.
		String destination = "cors-fleet-" + UUID.randomUUID().toString().substring(0, 8);
		Fleet fleet = new Fleet(createDirectory(), destination);
		try {
			fleet.write("application.yml", """
					# Every application of the fleet: the broker and the bus, and the endpoints the test reads.
					spring:
					  rabbitmq:
					    host: %s
					    port: %d
					  cloud:
					    bus:
					      destination: %s
					management:
					  endpoints:
					    web:
					      exposure:
					        include: cors, busrefresh, metrics
					""".formatted(RabbitMqBroker.HOST, RabbitMqBroker.PORT, destination));
			fleet.edit(policy);
			fleet.startConfigServer();
			fleet.servlet = fleet.startInstance("servlet", WebApplicationType.SERVLET);
			fleet.reactive = fleet.startInstance("reactive", WebApplicationType.REACTIVE);
			return fleet;
		}
		catch (RuntimeException ex) {
			fleet.close();
			throw ex;
		}
	}

	/** The instance on Spring MVC and Tomcat. */
	public Instance servlet() {
		return this.servlet;
	}

	/** The instance on Spring WebFlux and Netty. */
	public Instance reactive() {
		return this.reactive;
	}

	/** Both instances. */
	public List<Instance> instances() {
		return List.of(this.servlet, this.reactive);
	}

	/** The config server. */
	public Instance configServer() {
		return this.configServer;
	}

	/**
	 * Replaces {@code fleet.yml}, as an operator editing the config repository does. The
	 * instances see it at their next refresh.
	 * @param policy the new content
	 */
	public void edit(String policy) {
		write("fleet.yml", policy);
	}

	private void startConfigServer() {
		SpringApplication application = new SpringApplication(ConfigServerApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		this.configServer = run("config server", application, "--spring.application.name=config-server",
				"--spring.profiles.active=native",
				"--spring.cloud.config.server.native.search-locations=" + this.directory.toUri(),
				"--spring.cloud.bus.id=config-server", "--spring.cloud.bus.destination=" + this.destination,
				"--spring.rabbitmq.host=" + RabbitMqBroker.HOST, "--spring.rabbitmq.port=" + RabbitMqBroker.PORT,
				"--management.endpoints.web.exposure.include=busrefresh",
				// The starter is on this JVM's class path for the instances; the
				// config server answers no cross-origin requests.
				"--cors.enabled=false");
	}

	private Instance startInstance(String name, WebApplicationType type) {
		SpringApplication application = new SpringApplication(FleetApplication.class);
		application.setWebApplicationType(type);
		if (type == WebApplicationType.REACTIVE) {
			// Tomcat is on this JVM's class path for the servlet instance and the
			// config server. Hidden from the reactive instance, which then runs on
			// Netty, as an application with WebFlux only does (Spring Boot 3.5 would
			// pick Tomcat).
			application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader("org.apache.catalina")));
		}
		return run(name, application, "--spring.application.name=fleet",
				"--spring.config.import=configserver:http://127.0.0.1:" + this.configServer.port(),
				// The config server's jar, on this JVM's class path for the config
				// server, turns the config client off unless told otherwise.
				"--spring.cloud.config.enabled=true",
				// Instances in separate JVMs get distinct bus ids by default; in one JVM
				// they would share the random part of it.
				"--spring.cloud.bus.id=fleet-" + name);
	}

	private Instance run(String name, SpringApplication application, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.address=127.0.0.1");
		all.add("--server.port=0");
		all.add("--spring.main.banner-mode=off");
		// Logging is configured once per JVM, by the first application: its name would
		// label every line.
		all.add("--logging.include-application-name=false");
		Instance instance = new Instance(name, application.run(all.toArray(String[]::new)));
		this.started.add(instance);
		return instance;
	}

	private void write(String file, String content) {
		try {
			// Written beside it and moved into place, so the config server never reads
			// half a file.
			Path temporary = Files.createTempFile(this.directory, file, ".tmp");
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, this.directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			Instance instance = this.started.get(i);
			if (instance == this.configServer) {
				// Each instance's queue went with it; the exchange stays until deleted.
				instance.context()
					.getBeanProvider(AmqpAdmin.class)
					.ifAvailable((admin) -> admin.deleteExchange(this.destination));
			}
			instance.close();
		}
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A directory left in the temporary directory is harmless.
		}
	}

	private static Path createDirectory() {
		try {
			return Files.createTempDirectory("cors-fleet-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
