-- Two tenants to start with: one exact origin, one origin pattern. Inserted only where missing, so that a database
-- that outlives the application (PostgreSQL) keeps what the admin endpoint changed.
INSERT INTO tenant_origins (origin, tenant)
	SELECT 'https://acme.example.com', 'acme' WHERE NOT EXISTS
		(SELECT 1 FROM tenant_origins WHERE origin = 'https://acme.example.com');
INSERT INTO tenant_origins (origin, tenant)
	SELECT 'https://*.globex.example.com', 'globex' WHERE NOT EXISTS
		(SELECT 1 FROM tenant_origins WHERE origin = 'https://*.globex.example.com');
