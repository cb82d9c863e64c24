package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.policyflow.engine.EngineAsSystem;
import org.policyflow.engine.StoredPasswords;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A database begun in the demo profile keeps its demo accounts, and their password is public. Outside the demo
 * profile PolicyFlow refuses to start while any account still has it, before the server takes requests. The stored
 * hashes are compared ({@link StoredPasswords}); {@link IdentityService#checkPassword} would count every account's
 * failed attempt and lock it.
 */
@Component
@Profile("!" + DemoAccounts.PROFILE)
class DemoPasswordGuard implements InitializingBean {

    /** The password of application-demo.yml. */
    static final String DEMO_PASSWORD = "demo";

    private final IdentityService identityService;
    private final StoredPasswords passwords;

    DemoPasswordGuard(ProcessEngine engine, StoredPasswords passwords) {
        this.identityService = engine.getIdentityService();
        this.passwords = passwords;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> accounts = accountsWithDemoPassword();
        if (!accounts.isEmpty()) {
            throw new IllegalStateException("These accounts still have the demo password \"" + DEMO_PASSWORD + "\": "
                    + String.join(", ", accounts) + ". Outside the demo profile PolicyFlow does not start with them. "
                    + "Change their passwords (or delete the accounts) in Camunda Admin (/camunda/app/admin/), "
                    + "e.g. after starting once with --spring.profiles.active=demo; see docs/operations.md.");
        }
    }

    List<String> accountsWithDemoPassword() {
        return EngineAsSystem.call(identityService, () -> identityService.createUserQuery().orderByUserId().asc()
                .list().stream().filter(user -> passwords.matches(user, DEMO_PASSWORD)).map(User::getId)
                .toList());
    }
}
