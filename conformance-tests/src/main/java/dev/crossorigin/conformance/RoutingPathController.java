package dev.crossorigin.conformance;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handlers of the routing-path tests: each answers with the name of its route, so a
 * test knows which handler Spring routed a spelling of a path to.
 */
@RestController
public class RoutingPathController {

	@GetMapping("/admin/users")
	Map<String, String> admin() {
		return Map.of("route", "admin");
	}

	@GetMapping("/internal/x")
	Map<String, String> internal() {
		return Map.of("route", "internal");
	}

	@GetMapping("/files/{name}.txt")
	Map<String, String> file(@PathVariable String name) {
		return Map.of("route", "files");
	}

	@GetMapping("/users/{id}")
	Map<String, String> user(@PathVariable String id) {
		return Map.of("route", "files");
	}

	@GetMapping("/api/things")
	Map<String, String> things() {
		return Map.of("route", "top");
	}

}
