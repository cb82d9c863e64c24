package org.policyflow.identity;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineApiGuard} in front of the engine REST API, the webapps' engine API and Cockpit's plugin API:
 * after Spring Security (which knows the user) and the webapps' login, before the engine sees the request.
 */
@Configuration(proxyBeanMethods = false)
class EngineApiGuardConfig {

    @Bean
    FilterRegistrationBean<Filter> engineApiGuard(CurrentUsers users, TaskService taskService,
            IdentityService identityService, AuthorizationService authorizationService, TaskFormFields forms) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new EngineApiGuard(users, taskService, identityService, authorizationService, forms));
        registration.addUrlPatterns("/engine-rest/*", SecurityConfig.WEBAPP_PATH + "/api/engine/*",
                SecurityConfig.WEBAPP_PATH + "/api/cockpit/*");
        registration.setName("engine-api-guard");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
