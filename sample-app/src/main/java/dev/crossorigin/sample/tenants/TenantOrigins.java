package dev.crossorigin.sample.tenants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.crossorigin.cors.autoconfigure.CorsOriginSource;
import dev.crossorigin.cors.autoconfigure.CorsOrigins;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code tenant_origins} table, over JDBC, and the starter's source of the origins it
 * allows on {@code /api/**}: the starter calls {@link #load()} at start-up, every
 * {@code cors.dynamic-origins.refresh-interval} and after each change made through the
 * admin endpoint, always on a thread of its own, so this blocking query never runs on a
 * request's thread, nor on WebFlux's event loop.
 */
@Component
class TenantOrigins implements CorsOriginSource {

	private final JdbcClient jdbc;

	TenantOrigins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public CorsOrigins load() {
		List<String> origins = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		for (String origin : this.jdbc.sql("SELECT origin FROM tenant_origins").query(String.class).list()) {
			(TenantOrigin.isPattern(origin) ? patterns : origins).add(origin);
		}
		return CorsOrigins.of(origins, patterns);
	}

	List<TenantOrigin> findAll() {
		return this.jdbc.sql("SELECT tenant, origin, added_at FROM tenant_origins ORDER BY added_at, origin")
			.query(TenantOrigins::row)
			.list();
	}

	Optional<TenantOrigin> find(String origin) {
		return this.jdbc.sql("SELECT tenant, origin, added_at FROM tenant_origins WHERE origin = :origin")
			.param("origin", origin)
			.query(TenantOrigins::row)
			.optional();
	}

	/**
	 * Adds an origin for a tenant.
	 * @return whether it was added: {@code false} when the origin is already in the table
	 */
	boolean add(String tenant, String origin) {
		try {
			return this.jdbc.sql("INSERT INTO tenant_origins (origin, tenant) VALUES (:origin, :tenant)")
				.param("origin", origin)
				.param("tenant", tenant)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Removes an origin.
	 * @return whether it was in the table
	 */
	boolean remove(String origin) {
		return this.jdbc.sql("DELETE FROM tenant_origins WHERE origin = :origin").param("origin", origin).update() > 0;
	}

	private static TenantOrigin row(ResultSet row, int number) throws SQLException {
		return new TenantOrigin(row.getString("tenant"), row.getString("origin"),
				row.getObject("added_at", OffsetDateTime.class).toInstant());
	}

}
