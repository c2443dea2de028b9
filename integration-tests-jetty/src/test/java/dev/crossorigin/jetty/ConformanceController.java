package dev.crossorigin.jetty;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints the conformance table expects (see {@code ConformanceCases}), and no
 * others.
 */
@RestController
class ConformanceController {

	@GetMapping("/api/greeting")
	ResponseEntity<Map<String, Object>> greeting() {
		return ResponseEntity.ok().header("X-Request-Id", "1").body(Map.of("message", "Hello, World!"));
	}

	@PostMapping("/api/greeting")
	ResponseEntity<Map<String, Object>> echo(@RequestBody Map<String, Object> body) {
		return ResponseEntity.ok().header("X-Request-Id", "1").body(body);
	}

	@GetMapping("/api/fail")
	Map<String, Object> fail() {
		throw new IllegalStateException("Fails on purpose: the error response must still carry CORS headers");
	}

	@GetMapping("/public/info")
	Map<String, Object> info() {
		return Map.of("service", "conformance");
	}

}
