package org.policyflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Compares a password with the hash the engine stores for an account, the way the engine itself does, without a login:
 * {@link org.camunda.bpm.engine.IdentityService#checkPassword} would count every mismatch as a failed attempt and lock
 * the account.
 */
@Component
public class StoredPasswords {

    private final ProcessEngineConfigurationImpl engine;

    StoredPasswords(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Whether the account (as the engine's user query returns it) has this password; false if it has none. */
    public boolean matches(User user, String password) {
        UserEntity stored = (UserEntity) user;
        if (stored.getPassword() == null) {
            return false;
        }
        return engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, stored.getSalt()),
                stored.getPassword());
    }
}
