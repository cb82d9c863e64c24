package org.policyflow.escalation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on @PreAuthorize, which the escalation queue's endpoint relies on (harmless if enabled elsewhere too). */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {
}
