package org.policyflow.reporting;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 发送提醒 (before a due date) and 催办 (after it), for every department task with a due date: records the notice to
 * the body. The model says whom and about what through the service task's input parameters.
 */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportingRecords records;

    public SendReminder(ReportingRecords records) {
        this.records = records;
    }

    /**
     * Input parameters: {@code reminderKind} REMINDER or URGE; {@code remindedDepartmentId} the body (models from
     * before it remind {@code contributorId}); {@code reminderDueAt} the due date it is about (else {@code dueAt}).
     * Outside a reporting period (签收) the reminder has no period.
     */
    @Override
    public void execute(DelegateExecution execution) {
        String kind = ProcessVariables.reminderKind(execution);
        Object department = execution.getVariable(ProcessVariables.REMINDED_DEPARTMENT_ID);
        Object due = execution.getVariable(ProcessVariables.REMINDER_DUE_AT);
        records.reminder(ProcessVariables.itemId(execution), execution.getVariable(ProcessVariables.PERIOD_ID) == null
                        ? null : ProcessVariables.periodId(execution),
                department == null ? ProcessVariables.contributorId(execution) : department.toString(), kind,
                due instanceof java.util.Date date ? date.toInstant() : ProcessVariables.dueAt(execution));
    }
}
