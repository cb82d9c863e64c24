package org.policyflow.escalation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Service task of a calling process (e.g. "结束本单位逾期督办" in reporting-period) whose step removes the reason of
 * the escalations it called: ends each of them with the cause the model gives, so none waits for a rectification
 * that no longer matters and the desk shows why it ended.
 * <p>
 * Input parameters: {@code escalationEndCause} (required, see {@link EscalationEnd}); {@code escalationEndNote}
 * (optional) what the desk and the timeline say instead of the cause's own text; {@code departmentId} and
 * {@code trigger} (optional) end only the escalations of that body or of that trigger.
 */
@Component
class EndEscalations implements JavaDelegate {

    static final String PROCESS_KEY = "escalation";

    private final EscalationRepository escalations;

    EndEscalations(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationEnd cause = EscalationEnd.of(execution.getVariableLocal(ProcessVariables.ESCALATION_END_CAUSE));
        Object department = execution.getVariableLocal(ProcessVariables.DEPARTMENT_ID);
        Object trigger = execution.getVariableLocal(ProcessVariables.TRIGGER);
        // most calls find nothing to end (a 签收 or a contribution on time): the item's own rows say so without
        // asking the engine, whose query joins the variables and, for a signed-in user, the authorizations
        if (!escalations.anyOpen(ProcessVariables.itemId(execution), department == null ? null : department.toString(),
                trigger == null ? null : trigger.toString())) {
            return;
        }
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        ProcessInstanceQuery called = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(execution.getProcessInstanceId()).processDefinitionKey(PROCESS_KEY);
        for (String filter : new String[] {ProcessVariables.DEPARTMENT_ID, ProcessVariables.TRIGGER}) {
            Object value = execution.getVariableLocal(filter);
            if (value != null) {
                called = called.variableValueEquals(filter, value);
            }
        }
        Object note = execution.getVariableLocal(ProcessVariables.ESCALATION_END_NOTE);
        EscalationRepository.Ending ending = new EscalationRepository.Ending(cause.name(),
                note == null ? cause.note() : note.toString(), null);
        for (ProcessInstance escalation : called.list()) {
            EndMessage.send(runtime, escalation.getId(), ending);
        }
    }
}
