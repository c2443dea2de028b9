package dev.crossorigin.sample.tenants;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import dev.crossorigin.sample.tenants.TenantOriginsAdmin.NewTenantOrigin;
import dev.crossorigin.sample.tenants.TenantOriginsAdmin.Outcome;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin endpoint on Spring WebFlux. JDBC blocks, so every call to the database runs
 * on Reactor's bounded elastic scheduler, never on the event loop, and the wait for the
 * starter's reload is a callback, not a blocked thread. {@link AdminSecurity} guards it.
 */
@RestController
@RequestMapping(AdminSecurity.TENANT_ORIGINS)
@ConditionalOnWebApplication(type = Type.REACTIVE)
class ReactiveTenantOriginsController {

	private final TenantOriginsAdmin admin;

	ReactiveTenantOriginsController(TenantOriginsAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	Mono<List<Map<String, Object>>> list() {
		return offTheEventLoop(this.admin::list);
	}

	@PostMapping
	Mono<ResponseEntity<Map<String, Object>>> add(@RequestBody NewTenantOrigin request) {
		return answer(() -> this.admin.add(request));
	}

	@DeleteMapping
	Mono<ResponseEntity<Map<String, Object>>> remove(@RequestParam String origin) {
		return answer(() -> this.admin.remove(origin));
	}

	private static Mono<ResponseEntity<Map<String, Object>>> answer(Callable<CompletableFuture<Outcome>> change) {
		return offTheEventLoop(change).flatMap(Mono::fromFuture).map(Outcome::response);
	}

	private static <T> Mono<T> offTheEventLoop(Callable<T> blocking) {
		return Mono.fromCallable(blocking).subscribeOn(Schedulers.boundedElastic());
	}

}
