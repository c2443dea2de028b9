package dev.crossorigin.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.crossorigin.cors.policy.ActiveCorsPolicy;
import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsRequest;
import dev.crossorigin.cors.policy.LiveCorsPolicy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the demo page what the policy in force says of its origin, so that the page works
 * out what to expect from the server's own answer, and shows when a changed policy was
 * put in force.
 */
@RestController
class PolicyController {

	private final LiveCorsPolicy policy;

	PolicyController(LiveCorsPolicy policy) {
		this.policy = policy;
	}

	@GetMapping("/public/policy")
	Map<String, Object> policy(@RequestParam String origin) {
		ActiveCorsPolicy active = this.policy.active();
		CorsDecision decision = active.policy().evaluate(CorsRequest.actual("GET", "/api/greeting", origin)).decision();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("generation", active.generation());
		answer.put("appliedAt", active.appliedAt().toString());
		answer.put("source", active.source());
		answer.put("originAllowed", decision.type() == CorsDecision.Type.ACTUAL_ALLOWED);
		return answer;
	}

}
