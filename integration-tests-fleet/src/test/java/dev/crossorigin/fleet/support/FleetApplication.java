package dev.crossorigin.fleet.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application of the fleet, the same code on Spring MVC and on Spring WebFlux: one
 * endpoint, the starter, and its configuration imported from the config server.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(FleetApplication.HelloController.class)
public class FleetApplication {

	@RestController
	static class HelloController {

		@GetMapping("/api/hello")
		String hello() {
			return "hello";
		}

	}

}
