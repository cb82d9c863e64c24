package org.policyflow.reporting;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 发送提醒 (before a due date) and 催办 (after it), for every department task with a due date: records the notice to
 * the body and announces it ({@link ReminderSent}) in the same transaction, so that the mark on the task and the
 * message cannot part from it. The model says whom and about what through the service task's input parameters.
 */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportingRecords records;
    private final ApplicationEventPublisher events;

    public SendReminder(ReportingRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    /**
     * Input parameters: {@code reminderKind} REMINDER or URGE; {@code remindedDepartmentId} the body (models from
     * before it remind {@code contributorId}); {@code reminderDueAt} the due date it is about (else {@code dueAt}).
     * Outside a reporting period (签收) the reminder has no period.
     */
    @Override
    public void execute(DelegateExecution execution) {
        ReminderSent.Kind kind = ReminderSent.Kind.valueOf(ProcessVariables.reminderKind(execution));
        long itemId = ProcessVariables.itemId(execution);
        Long periodId = execution.getVariable(ProcessVariables.PERIOD_ID) == null ? null
                : ProcessVariables.periodId(execution);
        Object reminded = execution.getVariable(ProcessVariables.REMINDED_DEPARTMENT_ID);
        String department = reminded == null ? ProcessVariables.contributorId(execution) : reminded.toString();
        Object due = execution.getVariable(ProcessVariables.REMINDER_DUE_AT);
        Instant dueAt = due instanceof Date date ? date.toInstant() : ProcessVariables.dueAt(execution);
        events.publishEvent(new ReminderSent(itemId, periodId, department, kind, dueAt,
                records.reminder(itemId, periodId, department, kind.name(), dueAt)));
    }
}
