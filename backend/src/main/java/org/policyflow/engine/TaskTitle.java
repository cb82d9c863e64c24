package org.policyflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Names a user task after its item and period ("(三) 推进服务供给提质 · 2025年第三季度进展报告"), from the input
 * parameter {@code taskTitle} the model sets, so inboxes say what the task is about while the diagram keeps a short
 * Chinese label.
 */
public class TaskTitle implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setName(ProcessVariables.taskTitle(task));
    }
}
