package dev.crossorigin.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.crossorigin.cors.policy.ActiveCorsPolicy;
import dev.crossorigin.cors.policy.CorsDecision;
import dev.crossorigin.cors.policy.CorsRequest;
import dev.crossorigin.cors.policy.LiveCorsPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the demo page what the policy in force says of its origin, so that the page works
 * out what to expect from the server's own answer, and shows when a changed policy was
 * put in force. With the starter off ({@code cors.enabled=false}, as
 * {@code benchmarks/load.sh} runs the sample to compare) there is no policy: the answer
 * says so and allows no origin.
 */
@RestController
class PolicyController {

	private final ObjectProvider<LiveCorsPolicy> policy;

	PolicyController(ObjectProvider<LiveCorsPolicy> policy) {
		this.policy = policy;
	}

	@GetMapping("/public/policy")
	Map<String, Object> policy(@RequestParam String origin) {
		LiveCorsPolicy live = this.policy.getIfAvailable();
		Map<String, Object> answer = new LinkedHashMap<>();
		if (live == null) {
			answer.put("generation", 0);
			answer.put("appliedAt", null);
			answer.put("source", "none: the starter is off (cors.enabled=false)");
			answer.put("originAllowed", false);
			return answer;
		}
		ActiveCorsPolicy active = live.active();
		CorsDecision decision = active.policy().evaluate(CorsRequest.actual("GET", "/api/greeting", origin)).decision();
		answer.put("generation", active.generation());
		answer.put("appliedAt", active.appliedAt().toString());
		answer.put("source", active.source());
		answer.put("originAllowed", decision.type() == CorsDecision.Type.ACTUAL_ALLOWED);
		return answer;
	}

}
