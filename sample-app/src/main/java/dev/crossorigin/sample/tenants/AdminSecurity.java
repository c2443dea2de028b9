package dev.crossorigin.sample.tenants;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

/**
 * Spring Security for the admin endpoint, and for nothing else: every other path of the
 * sample stays open, exactly as without Spring Security. On both stacks:
 * <ul>
 * <li>{@code /admin/**} needs the administrator ({@code sample.admin.*}) over HTTP Basic,
 * with no session: each request carries its credentials;</li>
 * <li>a write needs a CSRF token, the double-submit way: the server sets it in the
 * {@code XSRF-TOKEN} cookie, a script of this origin reads it and sends it back in
 * {@code X-XSRF-TOKEN}. A browser that has cached the administrator's Basic credentials
 * sends them with a forged cross-site request too, so the credentials alone do not prove
 * that a page of this origin sent it;</li>
 * <li>a request with {@code X-Requested-With: XMLHttpRequest} (the demo page's) is
 * refused without a {@code WWW-Authenticate} challenge, so the browser does not pop up a
 * sign-in dialog of its own; curl gets the challenge;</li>
 * <li>the firewall allows {@code ;} in paths, which the starter's path matching handles
 * (and the conformance table asks of the sample); {@code /admin;x=1/tenant-origins} is
 * still {@code /admin/tenant-origins} to Spring Security, as it is to Spring MVC and
 * WebFlux.</li>
 * </ul>
 * The {@code cors.mappings} entry for {@code /admin/**} turns CORS off there, so no other
 * origin's script can read the endpoint's answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurity {

	static final String TENANT_ORIGINS = "/admin/tenant-origins";

	private static final String PATHS = "/admin/**";

	private static final String ROLE = "TENANT_ADMIN";

	private static final String CHALLENGE = "Basic realm=\"cors-sample admin\"";

	private static final Log logger = LogFactory.getLog(AdminSecurity.class);

	/** The administrator, with a password generated and logged if none is set. */
	@Bean
	AdminUser adminUser(AdminProperties properties) {
		String password = properties.getPassword();
		if (password == null || password.isEmpty()) {
			password = UUID.randomUUID().toString();
			logger.warn(String.format(
					"%n%nUsing generated admin password for %s: %s%n%nSet sample.admin.password to "
							+ "choose it; the user name is sample.admin.username ('%s').%n",
					TENANT_ORIGINS, password, properties.getUsername()));
		}
		UserDetails user = User.withUsername(properties.getUsername())
			.password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
			.roles(ROLE)
			.build();
		return new AdminUser(user);
	}

	/** Whether a request comes from a script that handles a 401 on its own. */
	private static boolean fromScript(String requestedWith) {
		return "XMLHttpRequest".equals(requestedWith);
	}

	/**
	 * The administrator's account.
	 *
	 * @param details the user name, encoded password and role
	 */
	record AdminUser(UserDetails details) {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class ServletAdminSecurity {

		@Bean
		InMemoryUserDetailsManager adminUserDetailsService(AdminUser admin) {
			return new InMemoryUserDetailsManager(admin.details());
		}

		@Bean
		SecurityFilterChain adminSecurityFilterChain(HttpSecurity http) throws Exception {
			CsrfTokenRequestAttributeHandler csrfTokens = new CsrfTokenRequestAttributeHandler();
			// Loads the token on every request, so that the first GET sets the cookie.
			csrfTokens.setCsrfRequestAttributeName(null);
			return http.securityMatcher(PATHS)
				.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(ROLE))
				.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
					if (!fromScript(request.getHeader("X-Requested-With"))) {
						response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
					}
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				}))
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
					.csrfTokenRequestHandler(csrfTokens))
				.build();
		}

		@Bean
		WebSecurityCustomizer semicolonsInPaths() {
			StrictHttpFirewall firewall = new StrictHttpFirewall();
			firewall.setAllowSemicolon(true);
			return (web) -> web.httpFirewall(firewall);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveAdminSecurity {

		@Bean
		MapReactiveUserDetailsService adminUserDetailsService(AdminUser admin) {
			return new MapReactiveUserDetailsService(admin.details());
		}

		@Bean
		SecurityWebFilterChain adminSecurityWebFilterChain(ServerHttpSecurity http) {
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().hasRole(ROLE))
				.httpBasic((basic) -> basic.authenticationEntryPoint((exchange, ex) -> {
					if (!fromScript(exchange.getRequest().getHeaders().getFirst("X-Requested-With"))) {
						exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
					}
					exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
					return exchange.getResponse().setComplete();
				}))
				.csrf((csrf) -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
					.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
				.addFilterAfter(writeCsrfCookie(), SecurityWebFiltersOrder.CSRF)
				.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
				.logout(ServerHttpSecurity.LogoutSpec::disable)
				.build();
		}

		/**
		 * Subscribes to the request's CSRF token, which writes the cookie when the token
		 * is new: WebFlux creates it lazily, and nothing on a GET asks for it otherwise.
		 */
		private static WebFilter writeCsrfCookie() {
			return (exchange, chain) -> {
				Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
				return (token != null) ? token.then(Mono.defer(() -> chain.filter(exchange))) : chain.filter(exchange);
			};
		}

		@Bean
		ServerWebExchangeFirewall semicolonsInPaths() {
			StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
			firewall.setAllowSemicolon(true);
			return firewall;
		}

	}

}
