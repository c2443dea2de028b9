package dev.crossorigin.slice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The controller a user's slice test is about; the same on Spring MVC and WebFlux. */
@RestController
public class GreetingController {

	@GetMapping("/api/greeting")
	String greeting() {
		return "hello";
	}

	@PutMapping("/api/greeting")
	String replaceGreeting() {
		return "replaced";
	}

}
