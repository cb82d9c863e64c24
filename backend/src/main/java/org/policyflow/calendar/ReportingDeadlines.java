package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * 确定提醒与宽限期: turns the offsets that reporting-deadlines.dmn chose (variable {@code deadlineRule}) into the
 * instants the period's timers and tasks wait for, relative to the current due date {@code dueAt}.
 */
public class ReportingDeadlines implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        schedule(execution);
    }

    /** Also called when an approved extension moves {@code dueAt}. */
    public static void schedule(DelegateExecution execution) {
        Map<?, ?> rule = (Map<?, ?>) execution.getVariable("deadlineRule");
        Instant due = ((Date) execution.getVariable("dueAt")).toInstant();
        execution.setVariable("reminderAt", Date.from(due.minus(duration(rule, "reminderLead"))));
        execution.setVariable("escalateAt", Date.from(due.plus(duration(rule, "gracePeriod"))));
        execution.setVariable("reviewDueAt", Date.from(due.plus(duration(rule, "reviewPeriod"))));
    }

    private static Duration duration(Map<?, ?> rule, String output) {
        return Duration.parse(rule.get(output).toString());
    }
}
