package org.policyflow.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Completes user task "签发督办单" (IssueNotice): checks the notice and records it in pf_escalation_notice, then hands the
 * body its requirements and the deadline (end of that day) that its task and the deadline timer use; announces the
 * notice ({@link NoticeIssued}) in the same transaction.
 */
@Component
class IssueNoticeCompleted implements TaskListener {

    static final String REQUIREMENTS = "requirements";

    private final EscalationRepository repository;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    IssueNoticeCompleted(EscalationRepository repository, EngineClock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String requirements = form.requiredText(REQUIREMENTS, "整改要求", 5, 2000);
        LocalDate deadline = form.futureDate(ProcessVariables.RECTIFICATION_DEADLINE, "整改期限", clock.today());
        OffsetDateTime now = clock.now();
        repository.issueNotice(task.getProcessInstanceId(), new EscalationRepository.Notice(
                ProcessVariables.escalationLevel(task), ProcessVariables.levelName(task),
                ProcessVariables.issuerGroup(task), FormValues.submitter(task), requirements, deadline), now);
        events.publishEvent(new NoticeIssued(ProcessVariables.itemId(task), ProcessVariables.departmentId(task),
                ProcessVariables.escalationLevel(task), ProcessVariables.levelName(task), requirements, deadline,
                now.toInstant()));

        task.setVariable(ProcessVariables.NOTICE_REQUIREMENTS, requirements);
        task.setVariable(ProcessVariables.RECTIFICATION_DEADLINE, deadline.toString());
        Instant due = deadline.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant();
        task.setVariable(ProcessVariables.RECTIFICATION_DUE, Date.from(due));
        // the ladder's lead before the deadline; a deadline closer than that is reminded at once
        Object lead = task.getVariable(ProcessVariables.RECTIFICATION_REMINDER_LEAD);
        if (lead != null) {
            Instant reminder = due.minus(Duration.parse(lead.toString()));
            task.setVariable(ProcessVariables.RECTIFICATION_REMINDER_AT,
                    Date.from(reminder.isBefore(clock.instant()) ? clock.instant() : reminder));
        }
    }
}
