package dev.crossorigin.sample.tenants;

import java.util.List;
import java.util.Map;

import dev.crossorigin.sample.tenants.TenantOriginsAdmin.NewTenantOrigin;
import dev.crossorigin.sample.tenants.TenantOriginsAdmin.Outcome;

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
 * The admin endpoint on Spring MVC, where a request's thread may block on JDBC and on the
 * starter's reload. {@link AdminSecurity} guards it.
 */
@RestController
@RequestMapping(AdminSecurity.TENANT_ORIGINS)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ServletTenantOriginsController {

	private final TenantOriginsAdmin admin;

	ServletTenantOriginsController(TenantOriginsAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.admin.list();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> add(@RequestBody NewTenantOrigin request) {
		return this.admin.add(request).join().response();
	}

	@DeleteMapping
	ResponseEntity<Map<String, Object>> remove(@RequestParam String origin) {
		return this.admin.remove(origin).join().response();
	}

}
