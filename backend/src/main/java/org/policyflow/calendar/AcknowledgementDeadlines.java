package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.engine.ProcessVariables;

/**
 * 确定签收提醒与宽限期: turns the offsets acknowledgement-deadlines chose (variable {@code acknowledgementRule}) into
 * the instants the 签收 tasks' reminder and escalation wait for, relative to their due date {@code acknowledgeDueAt}.
 */
public class AcknowledgementDeadlines implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Map<?, ?> rule = (Map<?, ?>) execution.getVariable(ProcessVariables.ACKNOWLEDGEMENT_RULE);
        Instant due = ((java.util.Date) execution.getVariable(ProcessVariables.ACKNOWLEDGE_DUE_AT)).toInstant();
        ProcessVariables.setInstant(execution, ProcessVariables.ACKNOWLEDGE_REMINDER_AT,
                due.minus(Duration.parse(rule.get("reminderLead").toString())));
        ProcessVariables.setInstant(execution, ProcessVariables.ACKNOWLEDGE_ESCALATE_AT,
                due.plus(Duration.parse(rule.get("gracePeriod").toString())));
    }
}
