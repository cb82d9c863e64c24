package org.policyflow.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/** A user task of a model as the engine has just parsed it, for a {@link UserTaskParseHook}. */
public final class ParsedUserTask {

    private final TaskDefinition definition;

    ParsedUserTask(TaskDefinition definition) {
        this.definition = definition;
    }

    /** The form the task names with camunda:formRef, as the model writes it; null if it names none. */
    public String camundaFormRef() {
        return definition.getCamundaFormDefinitionKey() == null ? null
                : definition.getCamundaFormDefinitionKey().getExpressionText();
    }

    /** Adds a listener for one event ({@link TaskListener}'s EVENTNAME_…), after the model's own. */
    public void addListener(String event, TaskListener listener) {
        definition.addTaskListener(event, listener);
    }
}
