package org.policyflow.reporting;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** 发送提醒 (before the due date) and 催办 (after it): records the notice to the contributor. */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportingRecords records;

    public SendReminder(ReportingRecords records) {
        this.records = records;
    }

    /** The model's input parameter {@code reminderKind} says which: REMINDER or URGE. */
    @Override
    public void execute(DelegateExecution execution) {
        String kind = ProcessVariables.reminderKind(execution);
        records.reminder(ProcessVariables.itemId(execution),
                ProcessVariables.periodId(execution), ProcessVariables.contributorId(execution),
                kind, ProcessVariables.dueAt(execution));
    }
}
