package org.policyflow.engine;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work under a user's own authentication, so that the engine checks that user's authorizations and
 * records the user (as creator of a batch, in the operation log); the caller's authentication is restored after.
 */
public final class EngineAsUser {

    private EngineAsUser() {
    }

    public static <T> T call(IdentityService identityService, String userId, List<String> groupIds,
                             Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.setAuthentication(userId, groupIds);
        try {
            return work.get();
        } finally {
            if (caller == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(caller);
            }
        }
    }
}
