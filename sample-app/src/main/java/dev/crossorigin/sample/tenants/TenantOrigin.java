package dev.crossorigin.sample.tenants;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the {@code tenant_origins} table: an origin, or an origin pattern, that a
 * tenant's front end calls the API from.
 *
 * @param tenant whose origin it is
 * @param origin the origin, such as {@code https://acme.example.com}, or a pattern, such
 * as {@code https://*.globex.example.com}
 * @param addedAt when it was added
 */
record TenantOrigin(String tenant, String origin, Instant addedAt) {

	/** Whether the entry is an origin pattern rather than an exact origin. */
	static boolean isPattern(String origin) {
		return origin.contains("*");
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tenant", this.tenant);
		json.put("origin", this.origin);
		json.put("pattern", isPattern(this.origin));
		json.put("addedAt", this.addedAt.toString());
		return json;
	}

}
