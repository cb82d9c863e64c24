package org.policyflow.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * {@link org.policyflow.engine.EngineAsSystem} under its old name, for ItemParticipantAccess alone until the tables
 * branch moves its engine part; delete it then.
 */
final class EngineAsSystem {

    private EngineAsSystem() {
    }

    static <T> T call(IdentityService identityService, Supplier<T> work) {
        return org.policyflow.engine.EngineAsSystem.call(identityService, work);
    }

    static void run(IdentityService identityService, Runnable work) {
        org.policyflow.engine.EngineAsSystem.run(identityService, work);
    }
}
