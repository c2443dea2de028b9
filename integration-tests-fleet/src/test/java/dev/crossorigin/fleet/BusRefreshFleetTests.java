package dev.crossorigin.fleet;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.crossorigin.fleet.support.Fleet;
import dev.crossorigin.fleet.support.Instance;
import dev.crossorigin.fleet.support.RabbitMqBroker;
import dev.crossorigin.fleet.support.RefusedUpdates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fleet changes its CORS policy without a restart: the policy lives in the config
 * server's {@code fleet.yml}; an operator edits it and sends one {@code busrefresh} to
 * the config server, and Spring Cloud Bus carries the refresh through RabbitMQ to both
 * instances, which put the new policy in force, or refuse it and keep serving the old
 * one. The tests run in order, as the operator's steps do.
 */
@ExtendWith(RabbitMqBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BusRefreshFleetTests {

	private static final String ONE = "https://one.example";

	private static final String TWO = "https://two.example";

	private static final String FIRST_POLICY = fleetYml(ONE);

	private static final String SECOND_POLICY = fleetYml(ONE, TWO);

	/** A trailing slash, and every origin while credentials are allowed. */
	private static final String INVALID_POLICY = fleetYml(ONE, TWO, "https://three.example/", "\"*\"");

	/** How long the bus may take to reach both instances and both to refresh. */
	private static final Duration REFRESH = Duration.ofSeconds(30);

	private Fleet fleet;

	@BeforeAll
	void startFleet() {
		this.fleet = Fleet.start(FIRST_POLICY);
	}

	@AfterAll
	void stopFleet() {
		if (this.fleet != null) {
			this.fleet.close();
		}
	}

	@Test
	@Order(0)
	void theInstancesRunOnTomcatAndOnNetty() {
		assertThat(this.fleet.servlet().webServer()).isEqualTo("TomcatWebServer");
		assertThat(this.fleet.reactive().webServer()).isEqualTo("NettyWebServer");
		assertThat(this.fleet.instances()).map((instance) -> instance.<String>read("/actuator/cors", "$.stack"))
			.containsExactly("servlet", "reactive");
	}

	@Test
	@Order(1)
	void bothInstancesServeTheFirstPolicyFromTheConfigServer() {
		for (Instance instance : this.fleet.instances()) {
			assertAllowed(instance, ONE);
			assertRefused(instance, TWO);
			assertThat(instance.<Integer>read("/actuator/cors", "$.generation")).as(instance.name()).isEqualTo(1);
		}
	}

	@Test
	@Order(2)
	void oneBusRefreshPutsTheEditedPolicyInForceOnBothInstances() {
		this.fleet.edit(SECOND_POLICY);
		busRefresh();
		for (Instance instance : this.fleet.instances()) {
			await().atMost(REFRESH).untilAsserted(() -> assertAllowed(instance, TWO));
			assertAllowed(instance, ONE);
			assertThat(instance.<Integer>read("/actuator/cors", "$.generation")).as(instance.name()).isEqualTo(2);
			assertThat(instance.<String>read("/actuator/cors", "$.source")).as(instance.name())
				.isEqualTo("refresh of cors.allowed-origins[1]");
			assertThat(instance.policyUpdates("applied")).as(instance.name()).isEqualTo(1.0);
		}
	}

	@Test
	@Order(3)
	void anInvalidEditIsRefusedOnBothInstancesAndTheSecondPolicyKeepsServing() {
		int logged = RefusedUpdates.count();
		this.fleet.edit(INVALID_POLICY);
		busRefresh();
		List<String> problems = List.of(
				"cors.allowed-origins[2] 'https://three.example/' ends with a slash, which an origin never has: "
						+ "write https://three.example",
				"cors.allowed-origins '*' allows every origin while allow-credentials is true");
		for (Instance instance : this.fleet.instances()) {
			await().atMost(REFRESH)
				.untilAsserted(
						() -> assertThat(instance.<Map<String, Object>>read("/actuator/cors", "$")).as(instance.name())
							.extractingByKey("lastRefused")
							.isNotNull());
			List<String> refused = instance.read("/actuator/cors", "$.lastRefused.problems");
			assertThat(refused).as(instance.name()).hasSize(2);
			assertThat(refused.get(0)).isEqualTo(problems.get(0));
			assertThat(refused.get(1)).startsWith(problems.get(1));
			assertThat(instance.<String>read("/actuator/cors", "$.lastRefused.source")).as(instance.name())
				.isEqualTo("refresh of cors.allowed-origins[2], cors.allowed-origins[3]");
			assertThat(instance.<Integer>read("/actuator/cors", "$.generation")).as(instance.name()).isEqualTo(2);
			assertThat(instance.policyUpdates("refused")).as(instance.name()).isEqualTo(1.0);
			assertAllowed(instance, TWO);
			assertRefused(instance, "https://three.example");
			assertRefused(instance, "https://evil.example");
		}
		assertThat(RefusedUpdates.since(logged)).as("refusals logged, one per instance")
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).startsWith("ERROR CORS: the policy update from refresh of "
					+ "cors.allowed-origins[2], cors.allowed-origins[3] is refused, and generation 2 keeps serving.")
				.contains(problems.get(0), problems.get(1)));
	}

	/**
	 * The instances' {@code fleet.yml}: a policy allowing these origins, the rest alike.
	 * @param origins the {@code allowed-origins}, as YAML scalars
	 * @return the file's content
	 */
	private static String fleetYml(String... origins) {
		StringBuilder yaml = new StringBuilder("cors:\n  allowed-origins:\n");
		for (String origin : origins) {
			yaml.append("    - ").append(origin).append('\n');
		}
		return yaml.append("  allowed-methods: GET, PUT\n  allow-credentials: true\n  max-age: 10m\n").toString();
	}

	private void busRefresh() {
		HttpResponse<String> response = this.fleet.configServer().send("POST", "/actuator/busrefresh");
		assertThat(response.statusCode()).as("POST /actuator/busrefresh on the config server").isEqualTo(204);
	}

	private static void assertAllowed(Instance instance, String origin) {
		HttpResponse<String> preflight = instance.preflight(origin);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(instance + " preflight " + origin)
			.hasValue(origin);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(instance + " preflight " + origin)
			.hasValue("GET, PUT");
		HttpResponse<String> actual = instance.get(origin);
		assertThat(actual.statusCode()).isEqualTo(200);
		assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).as(instance + " GET " + origin)
			.hasValue(origin);
		assertThat(actual.headers().firstValue("Access-Control-Allow-Credentials")).as(instance + " GET " + origin)
			.hasValue("true");
	}

	private static void assertRefused(Instance instance, String origin) {
		HttpResponse<String> preflight = instance.preflight(origin);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(instance + " preflight " + origin)
			.isEmpty();
		HttpResponse<String> actual = instance.get(origin);
		assertThat(actual.statusCode()).isEqualTo(200);
		assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).as(instance + " GET " + origin)
			.isEmpty();
	}

}
