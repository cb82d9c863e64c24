package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A database begun in the demo profile keeps its demo accounts, and their password is public. Outside the demo
 * profile PolicyFlow refuses to start while any account still has it, before the server takes requests. The stored
 * hashes are compared here; {@link IdentityService#checkPassword} would count every account's failed attempt and lock
 * it.
 */
@Component
@Profile("!" + DemoAccounts.PROFILE)
class DemoPasswordGuard implements InitializingBean {

    /** The password of application-demo.yml. */
    static final String DEMO_PASSWORD = "demo";

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    DemoPasswordGuard(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
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
                .list().stream().filter(this::hasDemoPassword).map(User::getId).toList());
    }

    private boolean hasDemoPassword(User user) {
        UserEntity stored = (UserEntity) user;
        if (stored.getPassword() == null) {
            return false;
        }
        return engine.getPasswordManager().check(EncryptionUtil.saltPassword(DEMO_PASSWORD, stored.getSalt()),
                stored.getPassword());
    }
}
