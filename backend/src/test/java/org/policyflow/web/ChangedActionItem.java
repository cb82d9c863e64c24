package org.policyflow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
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
    private final ManagementService managementService;
    final ProcessDefinition original;
    final ProcessDefinition target;

    ChangedActionItem(ProcessEngine engine, UnaryOperator<String> change) {
        this.repositoryService = engine.getRepositoryService();
        this.runtimeService = engine.getRuntimeService();
        this.managementService = engine.getManagementService();
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

    /**
     * Runs what is left of the migration batches (their jobs and the monitor job that deletes a finished batch, which
     * the job executor would only reach later): the application is shared, and a batch ending in the middle of
     * another test's "nothing written" comparison would be counted against that test.
     */
    private void finishBatches() {
        for (int round = 0; round < 100 && managementService.createBatchQuery().count() > 0; round++) {
            for (Batch batch : managementService.createBatchQuery().list()) {
                for (String definition : new String[] {batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId()}) {
                    for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                        try {
                            managementService.executeJob(job.getId());
                        } catch (ProcessEngineException taken) {
                            // the job executor took it first (gone, or a concurrent update); the tests assert the
                            // batch's outcome themselves
                        }
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        finishBatches();
        if (runtimeService.createProcessInstanceQuery().processDefinitionId(target.getId()).count() > 0) {
            MigrationPlan back = runtimeService.createMigrationPlan(target.getId(), original.getId())
                    .mapEqualActivities().updateEventTriggers().build();
            runtimeService.newMigration(back).processInstanceQuery(
                    runtimeService.createProcessInstanceQuery().processDefinitionId(target.getId())).execute();
        }
        repositoryService.deleteDeployment(target.getDeploymentId());
    }
}
