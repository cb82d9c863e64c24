package org.policyflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.engine.EngineClock;
import org.springframework.stereotype.Component;

/**
 * End listener of the escalation process: an instance that ends while its escalation is still open was cancelled
 * (its caller's scope ended under it, or someone deleted it), since every other end records how it ended first.
 * Recording that here keeps an escalation without a process off the desk.
 */
@Component
class EscalationEnded implements ExecutionListener {

    private final EscalationRepository repository;
    private final EngineClock clock;

    EscalationEnded(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        repository.end(execution.getProcessInstanceId(), new EscalationRepository.Ending(
                EscalationEnd.CANCELLED.name(), EscalationEnd.CANCELLED.note(), null), clock.now());
    }
}
