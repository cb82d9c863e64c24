package org.policyflow.inbox;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ParsedUserTask;
import org.policyflow.engine.UserTaskParseHook;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link TaskProjection} listener to every user task of every model when the engine parses it, after the
 * model's own listeners (so the task already carries the title {@code TaskTitle} gives it).
 */
@Component
class TaskProjectionHook implements UserTaskParseHook {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final TaskProjection projection;

    TaskProjectionHook(TaskProjection projection) {
        this.projection = projection;
    }

    @Override
    public void parsed(ParsedUserTask task) {
        TaskListener listener = projection.listenerFor(task.camundaFormRef());
        EVENTS.forEach(event -> task.addListener(event, listener));
    }
}
