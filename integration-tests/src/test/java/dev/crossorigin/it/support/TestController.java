package dev.crossorigin.it.support;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The endpoints every integration test application serves. Annotated controllers with
 * plain argument and return types run unchanged on Spring MVC and on Spring WebFlux, so
 * one class serves both stacks.
 */
@RestController
public class TestController {

	/** A response header the policy exposes to scripts. */
	public static final String REQUEST_ID = "X-Request-Id";

	/**
	 * The only origin the controller's own {@code @CrossOrigin} and
	 * {@code addCorsMappings} configuration allows.
	 */
	public static final String LEGACY = "https://legacy.example.com";

	@GetMapping("/api/hello")
	ResponseEntity<Map<String, Object>> hello() {
		return ResponseEntity.ok().header(REQUEST_ID, "42").body(Map.of("message", "hello"));
	}

	@PostMapping("/api/hello")
	Map<String, Object> echo(@RequestBody Map<String, Object> body) {
		return body;
	}

	@GetMapping("/api/me")
	Map<String, Object> me(Principal principal) {
		return Map.of("user", principal.getName());
	}

	@GetMapping("/api/fail")
	Map<String, Object> fail() {
		throw new IllegalStateException("Fails on purpose: the error response must still carry CORS headers");
	}

	@GetMapping("/api/handled")
	Map<String, Object> handled() {
		throw new ConflictException();
	}

	@GetMapping("/api/problem")
	Map<String, Object> problem() {
		throw new ProblemException();
	}

	@GetMapping("/api/teapot")
	Map<String, Object> teapot() {
		throw new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT, "short and stout");
	}

	@GetMapping("/api/vary")
	ResponseEntity<Map<String, Object>> vary() {
		return ResponseEntity.ok().varyBy("Accept-Language").body(Map.of("message", "hello"));
	}

	@CrossOrigin(origins = LEGACY, maxAge = 1)
	@GetMapping({ "/api/annotated", "/api/legacy/annotated", "/spring/annotated" })
	Map<String, Object> annotated() {
		return Map.of("message", "annotated");
	}

	@GetMapping({ "/api/mapped", "/api/legacy/mapped", "/spring/mapped" })
	Map<String, Object> mapped() {
		return Map.of("message", "mapped");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> conflict(ConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict"));
	}

	@ExceptionHandler
	ProblemDetail problem(ProblemException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "a problem, on purpose");
	}

	static final class ConflictException extends RuntimeException {

	}

	static final class ProblemException extends RuntimeException {

	}

}
