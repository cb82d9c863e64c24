package org.policyflow.reporting;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.workflow.FormValues;
import org.policyflow.workflow.SubmissionRejected;
import org.springframework.stereotype.Component;

/** 签收并制定工作计划: records the lead's acknowledgement and work plan, or its objection to the assignment. */
@Component
public class AcknowledgeLeadCompleted implements TaskListener {

    private final ReportingRecords records;

    public AcknowledgeLeadCompleted(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long itemId = ReportingRecords.id(task.getVariable("itemId"));
        String lead = (String) task.getVariable("leadDepartmentId");
        String acknowledgement = form.choice("acknowledgement", "签收意见", Set.of("accept", "contest"));
        // form fields are local to the task (input mappings in the model); the gateway reads this routing variable
        task.setVariable("leadAccepted", "accept".equals(acknowledgement));
        if ("contest".equals(acknowledgement)) {
            String reason = form.requiredText("contestReason", "异议理由", 2000);
            records.acknowledgement(itemId, lead, "LEAD", "CONTESTED", reason, task);
            task.setVariable("lastContestReason", reason);
            return;
        }
        records.acknowledgement(itemId, lead, "LEAD", "ACCEPTED", null, task);
        long workPlanId = records.workPlan(itemId, lead, task);
        int row = 0;
        for (Map<String, Object> milestone : form.rows("milestones")) {
            row++;
            Object text = milestone.get("milestone");
            if (text == null || text.toString().isBlank()) {
                throw new SubmissionRejected("milestones", "工作计划第" + row + "行(" + milestone.get("periodLabel")
                        + ")缺少「阶段目标」");
            }
            if (milestone.get("periodId") == null) {
                throw new SubmissionRejected("milestones", "工作计划第" + row + "行缺少报告期编号");
            }
            Object targetId = milestone.get("targetId");
            records.milestone(workPlanId, ReportingRecords.id(milestone.get("periodId")),
                    targetId == null ? null : ((Number) targetId).longValue(), text.toString().strip(),
                    FormValues.nonNegative(milestone.get("plannedValue"), "milestones", "第" + row + "行计划值"));
        }
        if (row == 0) {
            throw new SubmissionRejected("milestones", "请填写工作计划(每个报告期的阶段目标)");
        }
    }
}
