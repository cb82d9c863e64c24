package org.policyflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.stereotype.Component;

/**
 * 登记延期申请: accepts a request only before the due date and for a later date, and records it. The request
 * arrives as message {@code extension-requested} with {@code extensionReason}, {@code requestedDueDate}
 * (yyyy-MM-dd) and optionally {@code extensionRequestedBy} (default: the lead).
 */
@Component
class ExtensionRequested implements JavaDelegate {

    private final ReportingRecords records;
    private final EngineClock clock;

    ExtensionRequested(ReportingRecords records, EngineClock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant due = ProcessVariables.dueAt(execution);
        if (!clock.instant().isBefore(due)) {
            throw new RequestRejected("截止日期已过,不能再申请延期,请尽快报送");
        }
        String reason;
        LocalDate requested;
        try {
            FormValues form = new FormValues(execution);
            reason = form.requiredText("extensionReason", "延期理由", 2000);
            requested = form.date("requestedDueDate", "申请延期至");
        } catch (SubmissionRejected e) {
            throw new RequestRejected(e.getMessage());
        }
        // like the calendar's due dates: the end of the requested day in Suzhou
        Instant requestedDue = requested.plusDays(1).atStartOfDay(EngineClock.ZONE).toInstant();
        if (!requestedDue.isAfter(due)) {
            throw new RequestRejected("「申请延期至」必须晚于现在的截止日期");
        }
        Object by = ProcessVariables.extensionRequestedBy(execution);
        String department = by != null ? by.toString() : ProcessVariables.leadDepartmentId(execution);
        execution.setVariable(ProcessVariables.EXTENSION_ID, records.extensionRequested(
                ProcessVariables.itemId(execution), ProcessVariables.periodId(execution), department,
                reason, due, requestedDue));
    }
}
