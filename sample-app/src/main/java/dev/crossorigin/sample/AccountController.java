package dev.crossorigin.sample;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A one-user sign-in, just enough to show credentialed CORS: {@code POST /login} sets a
 * session cookie, and {@code GET /api/me} answers {@code 401} without it.
 */
@RestController
class AccountController {

	static final String SESSION_COOKIE = "session";

	private static final String USER = "demo";

	/**
	 * One token per run: it cannot be guessed, and signing in again stores nothing more.
	 */
	private final String token = UUID.randomUUID().toString();

	private final StackInfo stack;

	AccountController(StackInfo stack) {
		this.stack = stack;
	}

	@PostMapping("/login")
	ResponseEntity<Map<String, Object>> login() {
		ResponseCookie cookie = ResponseCookie.from(SESSION_COOKIE, this.token)
			.path("/")
			.httpOnly(true)
			// SameSite=None (which requires Secure) lets a cross-site fetch with
			// credentials carry the cookie. Browsers count http://localhost and
			// http://127.0.0.1 as secure, so this works without TLS there.
			.sameSite("None")
			.secure(true)
			.build();
		return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body(Map.of("user", USER));
	}

	@GetMapping("/api/me")
	ResponseEntity<Map<String, Object>> me(@CookieValue(name = SESSION_COOKIE, required = false) String session) {
		if (!this.token.equals(session)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Cookie realm=\"cors-sample\"")
				.body(Map.of("error", "not signed in"));
		}
		return ResponseEntity.ok(Map.of("user", USER, "stack", this.stack.name()));
	}

}
