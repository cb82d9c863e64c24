package org.policyflow.identity;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo profile no account may come with a known password: PolicyFlow refuses to start when one is
 * configured (Camunda's admin-user, or the demo accounts' password). Checked before anything starts, once the
 * configuration files and profiles are read.
 */
class DefaultAccountsGuard implements EnvironmentPostProcessor, Ordered {

    static final List<String> DEFAULT_ACCOUNT_PROPERTIES = List.of(
            "camunda.bpm.admin-user.id", "camunda.bpm.admin-user.password", DemoAccounts.PASSWORD_PROPERTY);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles(DemoAccounts.PROFILE)) {
            return;
        }
        List<String> configured = DEFAULT_ACCOUNT_PROPERTIES.stream().filter(environment::containsProperty).toList();
        if (!configured.isEmpty()) {
            throw new IllegalStateException("Default accounts are only allowed in the '" + DemoAccounts.PROFILE
                    + "' profile, but " + configured + " is set with profiles "
                    + List.of(environment.getActiveProfiles()) + ". Remove it and create accounts in Camunda Admin.");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
