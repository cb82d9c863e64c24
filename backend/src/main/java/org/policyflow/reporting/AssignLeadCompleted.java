package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.policyflow.plan.BodyRole;
import org.springframework.stereotype.Component;

/**
 * 确定牵头单位: the coordinating office confirms the contested lead or names another one. The time of the assignment
 * ({@code leadAssignedAt}) starts the lead's new 签收 period (calendar.LeadAcknowledgementDeadlines).
 */
@Component
class AssignLeadCompleted implements TaskListener {

    private final ReportingRecords records;
    private final EngineClock clock;

    AssignLeadCompleted(ReportingRecords records, EngineClock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String lead = form.requiredText("assignedLeadId", "牵头单位", 64);
        if (!records.departmentExists(lead)) {
            throw new SubmissionRejected("assignedLeadId", "「牵头单位」不是已登记的单位:" + lead);
        }
        String comment = form.optionalText("assignmentComment", "说明", 2000);
        records.acknowledgement(ProcessVariables.itemId(task), lead, BodyRole.COORDINATION,
                AcknowledgementOutcome.ASSIGNED, comment, task);
        task.setVariable(ProcessVariables.LEAD_DEPARTMENT_ID, lead);
        ProcessVariables.setInstant(task, ProcessVariables.LEAD_ASSIGNED_AT, clock.instant());
    }
}
