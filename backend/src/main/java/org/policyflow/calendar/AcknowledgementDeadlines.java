package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.engine.ProcessVariables;

/**
 * 确定签收提醒与宽限期: turns the offsets acknowledgement-deadlines chose (variable {@code acknowledgementRule}) into
 * the instants the 签收 tasks' reminder and escalation wait for, relative to their due date {@code acknowledgeDueAt},
 * and the instants the coordinating office is reminded of its own tasks: 确定牵头单位 (due with the 签收) and 年度考核评定
 * ({@code assessmentDueAt}), {@code officeReminderLead} before each.
 */
public class AcknowledgementDeadlines implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Map<?, ?> rule = rule(execution);
        Instant due = instant(execution, ProcessVariables.ACKNOWLEDGE_DUE_AT);
        ProcessVariables.setInstant(execution, ProcessVariables.ACKNOWLEDGE_REMINDER_AT, due.minus(duration(rule, "reminderLead")));
        ProcessVariables.setInstant(execution, ProcessVariables.ACKNOWLEDGE_ESCALATE_AT, due.plus(duration(rule, "gracePeriod")));
        // instances that chose their rule before the table had this output never remind the office
        if (rule.get("officeReminderLead") != null) {
            Duration officeLead = duration(rule, "officeReminderLead");
            ProcessVariables.setInstant(execution, ProcessVariables.ASSIGN_LEAD_REMINDER_AT, due.minus(officeLead));
            ProcessVariables.setInstant(execution, ProcessVariables.ASSESSMENT_REMINDER_AT,
                    instant(execution, ProcessVariables.ASSESSMENT_DUE_AT).minus(officeLead));
        }
    }

    static Map<?, ?> rule(DelegateExecution execution) {
        return (Map<?, ?>) execution.getVariable(ProcessVariables.ACKNOWLEDGEMENT_RULE);
    }

    static Duration duration(Map<?, ?> rule, String output) {
        return Duration.parse(rule.get(output).toString());
    }

    private static Instant instant(DelegateExecution execution, String name) {
        return ((Date) execution.getVariable(name)).toInstant();
    }
}
