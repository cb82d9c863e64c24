package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.policyflow.engine.ProcessVariables;

/**
 * 确定提醒与宽限期: turns the offsets that reporting-deadlines.dmn chose (variable {@code deadlineRule}) into the
 * instants the period's timers and tasks wait for, relative to the current due date {@code dueAt}: the reminder, the
 * escalation after the grace, the review's due date and its reminder, and when the lead's report opens.
 */
public class ReportingDeadlines implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        schedule(execution);
    }

    /** Also called when an approved extension moves {@code dueAt}. */
    public static void schedule(DelegateExecution execution) {
        Map<?, ?> rule = ProcessVariables.deadlineRule(execution);
        Instant due = ProcessVariables.dueAt(execution);
        ProcessVariables.setInstant(execution, ProcessVariables.REMINDER_AT,
                due.minus(duration(rule, "reminderLead")));
        ProcessVariables.setInstant(execution, ProcessVariables.ESCALATE_AT, due.plus(duration(rule, "gracePeriod")));
        scheduleReview(execution, rule, due);
        ProcessVariables.setInstant(execution, ProcessVariables.REPORT_DUE_AT, due);
        ProcessVariables.setInstant(execution, ProcessVariables.REPORT_REMINDER_AT,
                due.minus(duration(rule, "reminderLead")));
        ProcessVariables.setInstant(execution, ProcessVariables.REPORT_ESCALATE_AT,
                due.plus(duration(rule, "gracePeriod")));
        // instances that chose their rule before the table had this output never wait for it
        if (rule.get("reportLead") != null) {
            ProcessVariables.setInstant(execution, ProcessVariables.REPORT_OPENS_AT,
                    due.minus(duration(rule, "reportLead")));
        }
    }

    /**
     * A returned report is due again reporting-deadlines.dmn's revisionPeriod after the return, with its reminder
     * and escalation moved alike, so the lead is chased for the revision as for the report; the review of the revision
     * is due reviewPeriod after that when this is later than the review's due date so far, so the office is not
     * urged the moment a late revision arrives.
     */
    public static void scheduleRevision(VariableScope scope, Instant returnedAt) {
        Map<?, ?> rule = ProcessVariables.deadlineRule(scope);
        if (rule.get("revisionPeriod") == null) {
            return; // an instance that chose its rule before the table had this output
        }
        Instant due = returnedAt.plus(duration(rule, "revisionPeriod"));
        ProcessVariables.setInstant(scope, ProcessVariables.REPORT_DUE_AT, due);
        ProcessVariables.setInstant(scope, ProcessVariables.REPORT_REMINDER_AT,
                due.minus(duration(rule, "reminderLead")));
        ProcessVariables.setInstant(scope, ProcessVariables.REPORT_ESCALATE_AT,
                due.plus(duration(rule, "gracePeriod")));
        Instant reviewDue = due.plus(duration(rule, "reviewPeriod"));
        if (reviewDue.isAfter(ProcessVariables.reviewDueAt(scope))) {
            scheduleReview(scope, rule, due);
        }
    }

    /** The office's review is due reviewPeriod after the report's due date, and reminded reviewReminderLead before. */
    private static void scheduleReview(VariableScope scope, Map<?, ?> rule, Instant reportDue) {
        Instant reviewDue = reportDue.plus(duration(rule, "reviewPeriod"));
        ProcessVariables.setInstant(scope, ProcessVariables.REVIEW_DUE_AT, reviewDue);
        // instances that chose their rule before the table had this output are never reminded of the review
        if (rule.get("reviewReminderLead") != null) {
            ProcessVariables.setInstant(scope, ProcessVariables.REVIEW_REMINDER_AT,
                    reviewDue.minus(duration(rule, "reviewReminderLead")));
        }
    }

    private static Duration duration(Map<?, ?> rule, String output) {
        return Duration.parse(rule.get(output).toString());
    }
}
