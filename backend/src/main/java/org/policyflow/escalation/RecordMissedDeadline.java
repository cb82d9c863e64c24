package org.policyflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Service task "登记逾期未反馈" (RecordMissedDeadline): the deadline passed without an answer; the level's notice is
 * closed as NO_ANSWER, which is also what escalation-next-level.dmn is asked about.
 */
@Component("recordMissedDeadline")
class RecordMissedDeadline implements JavaDelegate {

    static final String NO_ANSWER = "NO_ANSWER";

    private final EscalationRepository repository;
    private final EngineClock clock;

    RecordMissedDeadline(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        repository.checkOpenNotice(execution.getProcessInstanceId(), NO_ANSWER, "整改期限届满,未收到整改反馈", null,
                clock.now());
        execution.setVariable(ProcessVariables.CHECK_RESULT, NO_ANSWER);
    }
}
