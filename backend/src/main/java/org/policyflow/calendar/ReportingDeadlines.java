package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.engine.ProcessVariables;

/**
 * 确定提醒与宽限期: turns the offsets that reporting-deadlines.dmn chose (variable {@code deadlineRule}) into the
 * instants the period's timers and tasks wait for, relative to the current due date {@code dueAt}: the reminder, the
 * escalation after the grace, the review's due date and when the lead's report opens.
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
        ProcessVariables.setInstant(execution, ProcessVariables.REVIEW_DUE_AT,
                due.plus(duration(rule, "reviewPeriod")));
        // instances that chose their rule before the table had this output never wait for it
        if (rule.get("reportLead") != null) {
            ProcessVariables.setInstant(execution, ProcessVariables.REPORT_OPENS_AT,
                    due.minus(duration(rule, "reportLead")));
        }
    }

    private static Duration duration(Map<?, ?> rule, String output) {
        return Duration.parse(rule.get(output).toString());
    }
}
