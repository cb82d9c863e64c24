package org.policyflow.engine;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * Finds the Camunda Form a task's camunda:formRef names, resolving its binding (latest, deployment, version) as the
 * engine does when it renders the form; the public API offers the form's content, not its definition.
 */
@Component
public class CamundaFormDefinitions {

    private final ProcessEngineConfigurationImpl engine;

    CamundaFormDefinitions(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** The definition the reference names from the given deployment (the task's), if it exists. */
    public Optional<CamundaFormDefinition> referencedBy(CamundaFormRef ref, String deploymentId) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired()
                .execute(new GetCamundaFormDefinitionCmd(ref, deploymentId)));
    }
}
