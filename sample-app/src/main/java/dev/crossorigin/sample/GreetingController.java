package dev.crossorigin.sample;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sample's API. Annotated controllers with plain argument and return types run
 * unchanged on Spring MVC and on Spring WebFlux, so the same class serves both stacks.
 */
@RestController
class GreetingController {

	static final String REQUEST_ID = "X-Request-Id";

	private final StackInfo stack;

	GreetingController(StackInfo stack) {
		this.stack = stack;
	}

	@GetMapping("/api/greeting")
	ResponseEntity<Map<String, Object>> greeting(@RequestParam(defaultValue = "World") String name,
			@RequestHeader(name = REQUEST_ID, required = false) String requestId) {
		return ResponseEntity.ok()
			.header(REQUEST_ID, requestId(requestId))
			.body(Map.of("message", "Hello, " + name + "!", "stack", this.stack.name()));
	}

	@PostMapping("/api/greeting")
	ResponseEntity<Map<String, Object>> echo(@RequestBody Map<String, Object> body,
			@RequestHeader(name = REQUEST_ID, required = false) String requestId) {
		return ResponseEntity.ok().header(REQUEST_ID, requestId(requestId)).body(body);
	}

	@GetMapping("/api/fail")
	Map<String, Object> fail() {
		throw new IllegalStateException("Fails on purpose: error responses carry CORS headers too");
	}

	@GetMapping("/public/info")
	Map<String, Object> info() {
		return Map.of("service", "cors-sample", "stack", this.stack.name());
	}

	private static String requestId(String requestId) {
		// A request id needs no secure randomness, and SecureRandom may read
		// /dev/urandom,
		// which must not happen on a Netty event loop.
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return (requestId != null && !requestId.isBlank()) ? requestId
				: new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
