package dev.crossorigin.sample.tenants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.crossorigin.cors.autoconfigure.DynamicCorsOrigins;
import dev.crossorigin.cors.policy.CorsPolicyProblem;
import dev.crossorigin.cors.policy.DynamicOrigins;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * What the admin endpoint does, on either stack: lists, adds and removes tenants'
 * origins, refusing an entry the starter would skip, and after a change has the starter
 * load the origins again at once, answering when the change is in force. Every method
 * blocks (JDBC): the reactive controller calls them off the event loop.
 */
@Service
class TenantOriginsAdmin {

	private static final int MAX_TENANT_LENGTH = 100;

	private static final int MAX_ORIGIN_LENGTH = 255;

	private final TenantOrigins origins;

	private final ObjectProvider<DynamicCorsOrigins> dynamicOrigins;

	TenantOriginsAdmin(TenantOrigins origins, ObjectProvider<DynamicCorsOrigins> dynamicOrigins) {
		this.origins = origins;
		this.dynamicOrigins = dynamicOrigins;
	}

	List<Map<String, Object>> list() {
		return this.origins.findAll().stream().map(TenantOrigin::toJson).toList();
	}

	/**
	 * Adds an origin, unless it is invalid or already there.
	 * @return the outcome, complete once the starter has loaded the origins again
	 */
	CompletableFuture<Outcome> add(NewTenantOrigin request) {
		String problem = problem(request);
		if (problem != null) {
			return CompletableFuture.completedFuture(new Outcome.Invalid(problem));
		}
		if (!this.origins.add(request.tenant(), request.origin())) {
			TenantOrigin existing = this.origins.find(request.origin()).orElseThrow();
			return CompletableFuture.completedFuture(new Outcome.AlreadyThere(existing));
		}
		TenantOrigin added = this.origins.find(request.origin()).orElseThrow();
		return reload().thenApply((inForce) -> new Outcome.Added(added, inForce));
	}

	/**
	 * Removes an origin.
	 * @return the outcome, complete once the starter has loaded the origins again
	 */
	CompletableFuture<Outcome> remove(String origin) {
		if (!this.origins.remove(origin)) {
			return CompletableFuture.completedFuture(new Outcome.NotFound(origin));
		}
		return reload().thenApply((inForce) -> new Outcome.Removed(origin, inForce));
	}

	/**
	 * Has the starter load the origins again now. Publishing a
	 * {@code CorsOriginsChangedEvent} would do the same, but says nothing of when the new
	 * origins are in force; {@link DynamicCorsOrigins#refresh()} does, so the endpoint
	 * answers once a request from the new origin is allowed.
	 * @return whether the load succeeded; {@code false} also when the starter is off
	 */
	private CompletableFuture<Boolean> reload() {
		DynamicCorsOrigins dynamic = this.dynamicOrigins.getIfAvailable();
		if (dynamic == null) {
			return CompletableFuture.completedFuture(false);
		}
		return dynamic.refresh().thenApply((state) -> state.lastError() == null);
	}

	private static String problem(NewTenantOrigin request) {
		if (request.tenant() == null || request.tenant().isBlank()) {
			return "tenant is missing";
		}
		if (request.tenant().length() > MAX_TENANT_LENGTH) {
			return "tenant is longer than " + MAX_TENANT_LENGTH + " characters";
		}
		String origin = request.origin();
		if (origin == null || origin.isBlank()) {
			return "origin is missing";
		}
		if (origin.length() > MAX_ORIGIN_LENGTH) {
			return "origin is longer than " + MAX_ORIGIN_LENGTH + " characters";
		}
		// The starter's own rules, so that the table only ever holds entries it allows.
		boolean pattern = TenantOrigin.isPattern(origin);
		List<CorsPolicyProblem> skipped = DynamicOrigins
			.compile(pattern ? List.of() : List.of(origin), pattern ? List.of(origin) : List.of())
			.skipped();
		return skipped.isEmpty() ? null : skipped.get(0).toString();
	}

	/**
	 * The body of {@code POST /admin/tenant-origins}.
	 *
	 * @param tenant whose origin it is
	 * @param origin the origin or origin pattern
	 */
	record NewTenantOrigin(String tenant, String origin) {

	}

	/** What a change came to, and the answer it makes. */
	sealed interface Outcome {

		ResponseEntity<Map<String, Object>> response();

		/**
		 * A JSON object with its members in the order given: name, value, name, value…
		 */
		private static Map<String, Object> json(Object... members) {
			Map<String, Object> json = new LinkedHashMap<>();
			for (int i = 0; i < members.length; i += 2) {
				json.put((String) members[i], members[i + 1]);
			}
			return json;
		}

		/** Added, and in force when {@code inForce}. */
		record Added(TenantOrigin entry, boolean inForce) implements Outcome {

			@Override
			public ResponseEntity<Map<String, Object>> response() {
				Map<String, Object> body = this.entry.toJson();
				body.put("inForce", this.inForce);
				return ResponseEntity.status(HttpStatus.CREATED).body(body);
			}

		}

		/** Not added: the origin is in the table already, maybe for another tenant. */
		record AlreadyThere(TenantOrigin existing) implements Outcome {

			@Override
			public ResponseEntity<Map<String, Object>> response() {
				return ResponseEntity.status(HttpStatus.CONFLICT)
					.body(json("error", "origin is already in the table", "existing", this.existing.toJson()));
			}

		}

		/** Not added: the starter would skip it. */
		record Invalid(String problem) implements Outcome {

			@Override
			public ResponseEntity<Map<String, Object>> response() {
				return ResponseEntity.badRequest().body(json("error", this.problem));
			}

		}

		/** Removed, and refused from now on when {@code inForce}. */
		record Removed(String origin, boolean inForce) implements Outcome {

			@Override
			public ResponseEntity<Map<String, Object>> response() {
				return ResponseEntity.ok(json("origin", this.origin, "removed", true, "inForce", this.inForce));
			}

		}

		/** Nothing removed: the origin was not in the table. */
		record NotFound(String origin) implements Outcome {

			@Override
			public ResponseEntity<Map<String, Object>> response() {
				return ResponseEntity.status(HttpStatus.NOT_FOUND)
					.body(json("error", "origin is not in the table", "origin", this.origin));
			}

		}

	}

}
