package org.policyflow.engine;

/**
 * A bean told of every process instance the engine starts, inside the transaction that starts it: the instances a
 * caller starts and those a call activity starts. What it does there commits or rolls back with the instance.
 */
public interface ProcessInstanceStartHook {

    /**
     * @param processDefinitionKey the model's process id (action-item, reporting-period, ...)
     * @param businessKey          null: started without one
     * @param called               started by a call activity of another instance
     */
    record StartedInstance(String processDefinitionKey, String processInstanceId, String businessKey,
                           boolean called) {
    }

    void started(StartedInstance instance);
}
