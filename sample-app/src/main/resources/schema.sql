-- The tenants' origins the sample allows on /api/** (cors.mappings: allow-dynamic-origins), read by
-- dev.crossorigin.sample.tenants.TenantOrigins. An entry with a '*' is an origin pattern, any other an exact origin.
-- Portable between H2 and PostgreSQL, and safe to run at every start (spring.sql.init.mode=always).
CREATE TABLE IF NOT EXISTS tenant_origins (
	origin VARCHAR(255) PRIMARY KEY,
	tenant VARCHAR(100) NOT NULL,
	added_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
