package org.policyflow.engine;

import java.util.Map;

/**
 * A check every deployment passes before the engine accepts it: from the modeler page, Camunda Modeler, the REST API
 * or the build's own deployer alike. Throwing refuses the deployment whole; a BadUserRequestException reaches a REST
 * caller as 400 with its message. {@link DeploymentChecks} runs the check beans in their {@code @Order}.
 */
public interface DeploymentCheck {

    void check(Candidate deployment);

    /**
     * A deployment the engine is about to accept ({@code isNew}), or one it re-reads into its cache after a restart,
     * which passed the checks when it was made.
     *
     * @param resources its files, name → content, in the engine's order
     */
    record Candidate(String name, boolean isNew, Map<String, byte[]> resources) {
    }
}
