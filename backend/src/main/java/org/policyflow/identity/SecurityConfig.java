package org.policyflow.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every API needs a login: PolicyFlow's /api and the engine's /engine-rest. Static pages of the workbench and
 * the health probe are open; the Camunda webapps under /camunda keep their own login.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
            throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**", "/engine-rest/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                // scripts call /engine-rest with HTTP Basic; the Camunda webapps run their own CSRF filter
                .csrf(csrf -> csrf.ignoringRequestMatchers("/engine-rest/**", "/camunda/**")
                        .ignoringRequestMatchers(SecurityConfig::carriesBasicCredentials));
        return http.build();
    }

    /** Credentials in the request itself (scripts, HTTP Basic) cannot be forged by another site. */
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
}
