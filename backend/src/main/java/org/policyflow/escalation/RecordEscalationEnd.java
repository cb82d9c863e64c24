package org.policyflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Service task "登记督办结束原因" (RecordEscalationEnd) of the event subprocess 督办结束: records on pf_escalation why
 * the escalation ends (the message's cause, note and who sent it) before the instance ends with it.
 */
@Component
class RecordEscalationEnd implements JavaDelegate {

    private final EscalationRepository repository;
    private final EngineClock clock;

    RecordEscalationEnd(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationEnd cause = EscalationEnd.of(execution.getVariable(ProcessVariables.ESCALATION_END_CAUSE));
        Object note = execution.getVariable(ProcessVariables.ESCALATION_END_NOTE);
        Object endedBy = execution.getVariable(ProcessVariables.ESCALATION_ENDED_BY);
        repository.end(execution.getProcessInstanceId(), new EscalationRepository.Ending(cause.name(),
                note instanceof String text && !text.isBlank() ? text : cause.note(),
                endedBy instanceof String user ? user : null), clock.now());
    }
}
