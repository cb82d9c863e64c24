package org.policyflow.escalation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.springframework.stereotype.Component;

/**
 * Completes user task "签发督办单" (IssueNotice): checks the notice and records it in pf_escalation_notice, then hands the
 * body its requirements and the deadline (end of that day) that its task and the deadline timer use.
 */
@Component
class IssueNoticeCompleted implements TaskListener {

    static final String REQUIREMENTS = "requirements";
    static final String DEADLINE = "rectificationDeadline";
    /** The requirements as the body's and the checker's forms show them. */
    static final String NOTICE_REQUIREMENTS = "noticeRequirements";
    /** When the deadline timer fires and the body's task is due. */
    static final String RECTIFICATION_DUE = "rectificationDue";

    private final EscalationRepository repository;
    private final EngineClock clock;

    IssueNoticeCompleted(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String requirements = form.requiredText(REQUIREMENTS, "整改要求", 5, 2000);
        LocalDate deadline = form.futureDate(DEADLINE, "整改期限", clock.today());
        repository.issueNotice(task.getProcessInstanceId(), new EscalationRepository.Notice(
                (String) task.getVariable("escalationLevel"), (String) task.getVariable("levelName"),
                (String) task.getVariable("issuerGroup"), FormValues.submitter(task), requirements, deadline),
                clock.now());

        task.setVariable(NOTICE_REQUIREMENTS, requirements);
        task.setVariable(DEADLINE, deadline.toString());
        task.setVariable(RECTIFICATION_DUE,
                Date.from(deadline.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant()));
    }
}
