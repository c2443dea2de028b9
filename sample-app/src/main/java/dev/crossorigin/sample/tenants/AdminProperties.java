package dev.crossorigin.sample.tenants;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one administrator of the tenants' origins.
 */
@ConfigurationProperties("sample.admin")
class AdminProperties {

	/**
	 * User name of the administrator of the tenants' origins.
	 */
	private String username = "admin";

	/**
	 * Password of the administrator of the tenants' origins; generated and logged at
	 * start-up when not set.
	 */
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
