package org.policyflow.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first administrator of an installation outside the demo profile. Camunda Admin's own first-user page is closed
 * (anyone reaching it first would become administrator), so the operator names the account for the first start in
 * {@code POLICYFLOW_INITIAL_ADMIN_USER} / {@code POLICYFLOW_INITIAL_ADMIN_PASSWORD}. Once an administrator exists the
 * setting is ignored; without any administrator and without the setting PolicyFlow refuses to start, because nobody
 * could ever manage its users.
 */
@Component
class InitialAdministrator {

    static final String USER_PROPERTY = "policyflow.initial-admin.user";
    static final String PASSWORD_PROPERTY = "policyflow.initial-admin.password";
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]*");
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final IdentityService identityService;
    private final Environment environment;
    private final String userId;
    private final String password;

    InitialAdministrator(IdentityService identityService, Environment environment,
            @Value("${" + USER_PROPERTY + ":}") String userId, @Value("${" + PASSWORD_PROPERTY + ":}") String password) {
        this.identityService = identityService;
        this.environment = environment;
        this.userId = userId.strip();
        this.password = password;
    }

    /** Runs after the groups exist and, in the demo profile, after the demo accounts. */
    void ensure() {
        long administrators = identityService.createUserQuery().memberOfGroup(IdentityGroups.CAMUNDA_ADMIN).count();
        if (administrators > 0) {
            if (!password.isEmpty()) {
                log.warn("An administrator exists; {} is ignored. Remove POLICYFLOW_INITIAL_ADMIN_PASSWORD from the "
                        + "environment.", PASSWORD_PROPERTY);
            }
            return;
        }
        if (userId.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("No administrator exists yet. For the first start set "
                    + "POLICYFLOW_INITIAL_ADMIN_USER and POLICYFLOW_INITIAL_ADMIN_PASSWORD (at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters); see docs/operations.md.");
        }
        check();
        User user = identityService.newUser(userId);
        user.setFirstName("系统");
        user.setLastName("管理员");
        user.setPassword(password);
        identityService.saveUser(user);
        for (String group : List.of(IdentityGroups.ADMINS, IdentityGroups.CAMUNDA_ADMIN)) {
            identityService.createMembership(userId, group);
        }
        log.info("Created the initial administrator '{}'. Remove POLICYFLOW_INITIAL_ADMIN_PASSWORD from the "
                + "environment; change the password in Camunda Admin.", userId);
    }

    private void check() {
        if (!USER_ID.matcher(userId).matches()) {
            throw new IllegalStateException(USER_PROPERTY + " '" + userId
                    + "' is not a valid user id (letters, digits, '-' and '_', starting with a letter or digit)");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH
                || password.equals(environment.getProperty(DemoAccounts.PASSWORD_PROPERTY))) {
            throw new IllegalStateException(PASSWORD_PROPERTY + " is too weak: use at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters, not a demo password");
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            throw new IllegalStateException(USER_PROPERTY + " '" + userId + "' already exists as a user who is not "
                    + "an administrator; choose another id");
        }
    }
}
