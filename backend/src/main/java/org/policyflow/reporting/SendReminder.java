package org.policyflow.reporting;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 发送提醒 (before the due date) and 催办 (after it): records the notice to the contributor and announces it
 * ({@link ReminderSent}) in the same transaction, so that the mark on the task and the message cannot part from it.
 */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportingRecords records;
    private final ApplicationEventPublisher events;

    public SendReminder(ReportingRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    /** The model's input parameter {@code reminderKind} says which: REMINDER or URGE. */
    @Override
    public void execute(DelegateExecution execution) {
        ReminderSent.Kind kind = ReminderSent.Kind.valueOf(ProcessVariables.reminderKind(execution));
        long itemId = ProcessVariables.itemId(execution);
        long periodId = ProcessVariables.periodId(execution);
        String department = ProcessVariables.contributorId(execution);
        events.publishEvent(new ReminderSent(itemId, periodId, department, kind, ProcessVariables.dueAt(execution),
                records.reminder(itemId, periodId, department, kind.name(), ProcessVariables.dueAt(execution))));
    }
}
