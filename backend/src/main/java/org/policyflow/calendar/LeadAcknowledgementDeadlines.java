package org.policyflow.calendar;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.engine.ProcessVariables;

/**
 * 牵头单位签收 entered after 确定牵头单位: the lead the office named (again, or for the first time) is due to acknowledge
 * acknowledgement-deadlines' {@code acknowledgePeriod} after the assignment ({@code leadAssignedAt}), not by the first
 * 签收's due date, which has usually passed by then; its reminder and escalation follow that date as on the first entry.
 * The three instants are kept in the subprocess's own scope, so the supporting bodies' 签收 keep theirs. On an entry
 * without an assignment nothing changes.
 */
public class LeadAcknowledgementDeadlines implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object assignedAt = execution.getVariable(ProcessVariables.LEAD_ASSIGNED_AT);
        Map<?, ?> rule = AcknowledgementDeadlines.rule(execution);
        // instances that chose their rule before the table had this output keep the first due date
        if (assignedAt == null || rule.get("acknowledgePeriod") == null) {
            return;
        }
        Instant due = ((Date) assignedAt).toInstant().plus(AcknowledgementDeadlines.duration(rule, "acknowledgePeriod"));
        execution.setVariableLocal(ProcessVariables.ACKNOWLEDGE_DUE_AT, Date.from(due));
        execution.setVariableLocal(ProcessVariables.ACKNOWLEDGE_REMINDER_AT,
                Date.from(due.minus(AcknowledgementDeadlines.duration(rule, "reminderLead"))));
        execution.setVariableLocal(ProcessVariables.ACKNOWLEDGE_ESCALATE_AT,
                Date.from(due.plus(AcknowledgementDeadlines.duration(rule, "gracePeriod"))));
    }
}
