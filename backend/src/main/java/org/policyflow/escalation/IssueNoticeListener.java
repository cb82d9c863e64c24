package org.policyflow.escalation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends user task "签发督办单" (IssueNotice): checks the notice and records it in pf_escalation_notice, then hands the
 * body its requirements and the deadline (end of that day) that its task and the deadline timer use.
 */
@Component("issueNoticeListener")
class IssueNoticeListener implements ExecutionListener {

    static final String REQUIREMENTS = "requirements";
    static final String DEADLINE = "rectificationDeadline";
    /** The requirements as the body's and the checker's forms show them. */
    static final String NOTICE_REQUIREMENTS = "noticeRequirements";
    /** When the deadline timer fires and the body's task is due. */
    static final String RECTIFICATION_DUE = "rectificationDue";

    private final EscalationRepository repository;

    IssueNoticeListener(EscalationRepository repository) {
        this.repository = repository;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the instance was deleted while waiting here: nothing was submitted
        }
        SubmittedForm form = new SubmittedForm(execution);
        String requirements = form.requiredText(REQUIREMENTS, "整改要求", 5, 2000);
        LocalDate deadline = form.futureDate(DEADLINE, "整改期限");
        repository.issueNotice(execution.getProcessInstanceId(), new EscalationRepository.Notice(
                (String) execution.getVariable("escalationLevel"), (String) execution.getVariable("levelName"),
                (String) execution.getVariable("issuerGroup"), form.currentUser(), requirements, deadline),
                EngineTime.now());

        execution.setVariable(NOTICE_REQUIREMENTS, requirements);
        execution.setVariable(DEADLINE, deadline.toString());
        execution.setVariable(RECTIFICATION_DUE,
                Date.from(deadline.plusDays(1).atStartOfDay(EngineTime.ZONE).minusSeconds(1).toInstant()));
    }
}
