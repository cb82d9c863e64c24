package org.policyflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The engine's pre-deployer that runs every {@link DeploymentCheck} bean, in their order, on each deployment. */
@Component
class DeploymentChecks extends AbstractProcessEnginePlugin implements Deployer {

    private final ObjectProvider<DeploymentCheck> checks;
    private List<DeploymentCheck> ordered = List.of();

    DeploymentChecks(ObjectProvider<DeploymentCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ordered = checks.orderedStream().toList();
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        if (deployment.getResources() != null) {
            deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        }
        DeploymentCheck.Candidate candidate = new DeploymentCheck.Candidate(deployment.getName(), deployment.isNew(),
                resources);
        ordered.forEach(check -> check.check(candidate));
    }
}
