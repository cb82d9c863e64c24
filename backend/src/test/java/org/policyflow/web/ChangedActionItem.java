package org.policyflow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A changed version of action-item, deployed as the studio deploys it, for a test of the shared application; close()
 * moves every instance back to the version before and deletes it, so the other tests find action-item as the seed
 * left it (the modeler's browser test deploys its own version 2).
 */
final class ChangedActionItem implements AutoCloseable {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    final ProcessDefinition original;
    final ProcessDefinition target;

    ChangedActionItem(RepositoryService repositoryService, RuntimeService runtimeService,
                      UnaryOperator<String> change) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.original = latest();
        String xml;
        try {
            xml = new String(repositoryService.getProcessModel(original.getId()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repositoryService.createDeployment().name("policyflow-models").source("policyflow-modeler")
                .addString("bpmn/action-item.bpmn", change.apply(xml)).deploy();
        this.target = latest();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("action-item").latestVersion()
                .singleResult();
    }

    @Override
    public void close() {
        if (runtimeService.createProcessInstanceQuery().processDefinitionId(target.getId()).count() > 0) {
            MigrationPlan back = runtimeService.createMigrationPlan(target.getId(), original.getId())
                    .mapEqualActivities().updateEventTriggers().build();
            runtimeService.newMigration(back).processInstanceQuery(
                    runtimeService.createProcessInstanceQuery().processDefinitionId(target.getId())).execute();
        }
        repositoryService.deleteDeployment(target.getDeploymentId());
    }
}
