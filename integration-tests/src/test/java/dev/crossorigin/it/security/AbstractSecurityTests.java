package dev.crossorigin.it.security;

import java.net.http.HttpResponse;

import dev.crossorigin.conformance.DeliberateFailures;
import dev.crossorigin.it.support.AbstractServerTests;
import dev.crossorigin.it.support.Http;
import dev.crossorigin.it.support.SecuredApplications;
import dev.crossorigin.it.support.SecurityProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.crossorigin.it.support.Http.APP;
import static dev.crossorigin.it.support.Http.EVIL;
import static dev.crossorigin.it.support.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser's script sees from an API that Spring Security protects, on one stack
 * and one way of configuring Spring Security; subclasses choose both. Every response is
 * checked for duplicated CORS headers.
 */
abstract class AbstractSecurityTests extends AbstractServerTests {

	static final String METHODS = "GET, POST, PUT, DELETE";

	@Autowired
	private SecurityProbe probe;

	@Test
	void preflightToSecuredPathIsAnsweredWithoutMeetingAuthentication() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().preflight("/api/me", APP, "GET", "authorization", SecurityProbe.HEADER,
				mark);
		assertThatResponse(response).hasStatus(204)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Allow-Methods", METHODS, "Access-Control-Allow-Headers", "authorization",
					"Access-Control-Max-Age", "600")
			.variesOn("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers")
			.hasNoDuplicateHeaders();
		assertThat(this.probe.reachedSecurity(mark)).as("preflight reached Spring Security").isFalse();
	}

	@Test
	void refusedPreflightToSecuredPathIsAnswered403WithoutMeetingAuthentication() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().preflight("/api/me", EVIL, "GET", "authorization", SecurityProbe.HEADER,
				mark);
		assertThatResponse(response).hasStatus(403).hasNoCorsHeaders().hasNoDuplicateHeaders();
		assertThat(this.probe.reachedSecurity(mark)).as("preflight reached Spring Security").isFalse();
	}

	@Test
	void unauthenticatedRequestIsRefused401WithCorsHeadersSoTheScriptCanReadIt() {
		String mark = SecurityProbe.mark();
		HttpResponse<String> response = http().get("/api/me", "Origin", APP, SecurityProbe.HEADER, mark);
		assertThatResponse(response).hasStatus(401)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Expose-Headers", "X-Request-Id")
			.variesOn("Origin")
			.hasNoDuplicateHeaders();
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat(this.probe.reachedSecurity(mark)).as("request reached Spring Security").isTrue();
	}

	@Test
	void requestWithWrongPasswordIsRefused401WithCorsHeaders() {
		HttpResponse<String> response = http().get("/api/me", "Origin", APP, "Authorization",
				Http.basic(SecuredApplications.USER, "wrong"));
		assertThatResponse(response).hasStatus(401)
			.hasSingleHeader("Access-Control-Allow-Origin", APP)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasNoDuplicateHeaders();
	}

	@Test
	void credentialedRequestIsAnswered200WithAllowCredentials() {
		HttpResponse<String> response = http().get("/api/me", "Origin", APP, "Authorization",
				Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD));
		assertThatResponse(response).hasStatus(200)
			.hasExactlyCorsHeaders("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
					"Access-Control-Expose-Headers", "X-Request-Id")
			.variesOn("Origin")
			.hasNoDuplicateHeaders()
			.bodyContains("\"user\":\"user\"");
	}

	@Test
	void credentialedPostIsAnswered200WithAllowCredentials() {
		HttpResponse<String> response = http().sendJson("POST", "/api/hello", "{\"a\":1}", "Origin", APP,
				"Authorization", Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD));
		assertThatResponse(response).hasStatus(200)
			.hasSingleHeader("Access-Control-Allow-Origin", APP)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasNoDuplicateHeaders()
			.bodyContains("\"a\":1");
	}

	@Test
	void notFoundAfterAuthenticationCarriesCorsHeaders() {
		HttpResponse<String> response = http().get("/api/missing", "Origin", APP, "Authorization",
				Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD));
		assertThatResponse(response).hasStatus(404)
			.hasSingleHeader("Access-Control-Allow-Origin", APP)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasNoDuplicateHeaders();
	}

	@Test
	void serverErrorAfterAuthenticationCarriesCorsHeaders() {
		HttpResponse<String> response = DeliberateFailures.expectOne(() -> http().get("/api/fail", "Origin", APP,
				"Authorization", Http.basic(SecuredApplications.USER, SecuredApplications.PASSWORD)));
		assertThatResponse(response).hasStatus(500)
			.hasSingleHeader("Access-Control-Allow-Origin", APP)
			.hasSingleHeader("Access-Control-Allow-Credentials", "true")
			.hasNoDuplicateHeaders();
	}

	@Test
	void unauthenticatedRequestFromRefusedOriginGetsNoCorsHeaders() {
		HttpResponse<String> response = http().get("/api/me", "Origin", EVIL);
		assertThatResponse(response).hasStatus(refusedOriginStatus())
			.hasNoCorsHeaders()
			.variesOn("Origin")
			.hasNoDuplicateHeaders();
	}

	/**
	 * The status of an unauthenticated request from an origin the policy refuses: Spring
	 * Security's 401, since the starter lets such a request proceed.
	 */
	int refusedOriginStatus() {
		return 401;
	}

}
