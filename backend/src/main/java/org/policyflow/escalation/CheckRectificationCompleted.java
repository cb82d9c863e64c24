package org.policyflow.escalation;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.stereotype.Component;

/**
 * Completes user task "审核整改情况" (CheckRectification): records the check on the level's notice and closes the
 * escalation when the rectification is accepted or the highest level has decided.
 */
@Component
class CheckRectificationCompleted implements TaskListener {

    static final String CHECK_COMMENT = "checkComment";
    static final String RESOLVED = "RESOLVED";
    static final String UNRESOLVED = "UNRESOLVED";

    private final EscalationRepository repository;
    private final EngineClock clock;

    CheckRectificationCompleted(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String result = form.choice(ProcessVariables.CHECK_RESULT, "审核结论", Set.of(RESOLVED, UNRESOLVED));
        String comment = form.requiredText(CHECK_COMMENT, "审核意见", 2, 1000);
        String processInstanceId = task.getProcessInstanceId();
        if (!repository.checkOpenNotice(processInstanceId, result, comment, FormValues.submitter(task),
                clock.now())) {
            throw new SubmissionRejected(ProcessVariables.CHECK_RESULT, "本级督办单已经审核过,不能重复审核");
        }
        if (RESOLVED.equals(result)) {
            repository.close(processInstanceId, EscalationRepository.RESOLVED, clock.now());
        } else if (ProcessVariables.finalLevel(task)) {
            repository.close(processInstanceId, EscalationRepository.CLOSED, clock.now());
        }
    }
}
