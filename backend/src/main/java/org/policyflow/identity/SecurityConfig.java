package org.policyflow.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for everything: the React app logs in with a session (POST /api/session), and the Camunda webapps
 * (/camunda) and the engine REST API (/engine-rest) take the user of that session through Camunda's container-based
 * authentication, so nobody logs in twice. Scripts call /engine-rest and /api with HTTP Basic. Every API answers 401
 * without a login; CSRF protection covers every request that rides on the session cookie.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSRF_COOKIE = "POLICYFLOW-XSRF-TOKEN";

    /** camunda.bpm.webapp.application-path */
    static final String WEBAPP_PATH = "/camunda";

    /** The Camunda webapps' logout (Tasklist, Cockpit, Admin): it ends PolicyFlow's session too. */
    private static final String WEBAPP_LOGOUT = WEBAPP_PATH + "/api/admin/auth/user/*/logout";

    /**
     * What PolicyFlow's pages may load: its own scripts only (no inline script, no eval: the Vite build has none),
     * inline styles (React, bpmn-js, form-js and echarts position their elements with them), images and fonts as
     * data: URLs (bpmn-js's icons) and blob: images (form-js's image preview). No plugins (so no form-js PDF preview),
     * no frames of other sites (form-js's iframe field), no foreign base URL or form target, no framing of PolicyFlow.
     * The Camunda webapps keep the policy their own HeaderSecurityFilter sets (nonces, eval for their plugins).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Camunda Admin's first-user setup (page API). */
    private static final String WEBAPP_SETUP = WEBAPP_PATH + "/api/admin/setup/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            CsrfTokenRepository csrfTokens, ObjectMapper json) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(json);
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        // load the token on every request, so the cookie is there before the React app's first POST (the login)
        csrfHandler.setCsrfRequestAttributeName(null);
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher(HttpMethod.POST, SessionController.PATH)).permitAll()
                        // Camunda Admin's first-user page would make whoever reaches it first the administrator;
                        // PolicyFlow creates the first one from the environment (InitialAdministrator)
                        .requestMatchers(path.matcher(WEBAPP_SETUP)).denyAll()
                        .requestMatchers(path.matcher("/api/**"), path.matcher("/engine-rest/**")).authenticated()
                        .requestMatchers(path.matcher(WEBAPP_PATH + "/app/*/*/")).authenticated()
                        .requestMatchers(path.matcher("/actuator/health/**"), path.matcher("/actuator/health"))
                        .permitAll()
                        .requestMatchers(path.matcher("/actuator/**")).authenticated()
                        .anyRequest().permitAll())
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(path.matcher(WEBAPP_PATH + "/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        // links to other sites (documents, Camunda's docs) carry no PolicyFlow address
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(entryPoint, json)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        // credentials in the request itself cannot be forged by another site; the webapps check
                        // their own token
                        .ignoringRequestMatchers(SecurityConfig::carriesBasicCredentials,
                                path.matcher(WEBAPP_PATH + "/**")))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                path.matcher(HttpMethod.DELETE, SessionController.PATH),
                                path.matcher(HttpMethod.POST, WEBAPP_LOGOUT)))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
                        .deleteCookies("JSESSIONID"));
        return http.build();
    }

    /**
     * The token travels in the cookie POLICYFLOW-XSRF-TOKEN, readable by the React app, and comes back in the header
     * X-XSRF-TOKEN. Not the usual XSRF-TOKEN: that cookie belongs to the Camunda webapps, whose AngularJS sends
     * any XSRF-TOKEN cookie as their own token. SameSite=Lax like the session cookie (application.yml); Secure
     * when the request came over HTTPS.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Hands the user Spring Security authenticated to the engine, so Camunda's authorizations apply to REST calls. */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }

    /**
     * Logs the session's user into Tasklist, Cockpit and Admin. Registered after Spring Security's filter (which
     * supplies the user) and before the webapps' own filters, which the starter registers later.
     */
    @Bean
    FilterRegistrationBean<Filter> webappAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addUrlPatterns(WEBAPP_PATH + "/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("webapp-container-authentication");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
