package org.policyflow.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.policyflow.plan.BodyRole;
import org.springframework.stereotype.Component;

/** 签收并制定工作计划: records the lead's acknowledgement and work plan, or its objection to the assignment. */
@Component
class AcknowledgeLeadCompleted implements TaskListener {

    /** pf_milestone.description: the form's limit, checked for each row by {@link WorkPlanCells#milestone}. */
    static final int MAX_MILESTONE = 2000;

    private final ReportingRecords records;
    private final WorkPlanCells cells;

    AcknowledgeLeadCompleted(ReportingRecords records, WorkPlanCells cells) {
        this.records = records;
        this.cells = cells;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long itemId = ProcessVariables.itemId(task);
        String lead = ProcessVariables.leadDepartmentId(task);
        String acknowledgement = form.choice("acknowledgement", "签收意见", Set.of("accept", "contest"));
        // form fields are local to the task (input mappings in the model); the gateway reads this routing variable
        task.setVariable(ProcessVariables.LEAD_ACCEPTED, "accept".equals(acknowledgement));
        if ("contest".equals(acknowledgement)) {
            String reason = form.requiredText("contestReason", "异议理由", 2000);
            records.acknowledgement(itemId, lead, BodyRole.LEAD, AcknowledgementOutcome.CONTESTED, reason, task);
            task.setVariable(ProcessVariables.LAST_CONTEST_REASON, reason);
            return;
        }
        records.acknowledgement(itemId, lead, BodyRole.LEAD, AcknowledgementOutcome.ACCEPTED, null, task);
        List<WorkPlanCells.Cell> cells = this.cells.of(itemId, ProcessVariables.periodIds(task));
        List<Map<String, Object>> rows = form.rows("milestones");
        if (rows.isEmpty()) {
            throw new SubmissionRejected("milestones", "请填写工作计划(每项指标每个报告期的阶段目标)");
        }
        if (rows.size() != cells.size()) {
            throw new SubmissionRejected("milestones", "工作计划应有 " + cells.size() + " 格(每项指标每个报告期一格),收到 "
                    + rows.size() + " 格;请重新打开任务后填写");
        }
        long workPlanId = records.workPlan(itemId, lead, task);
        for (int i = 0; i < cells.size(); i++) {
            WorkPlanCells.Cell cell = cells.get(i);
            Map<String, Object> row = rows.get(i);
            WorkPlanCells.Milestone milestone =
                    WorkPlanCells.milestone(cell, row.get("milestone"), row.get("plannedValue"), "milestones");
            records.milestone(workPlanId, cell.periodId(), cell.targetId(), milestone.text(), milestone.plannedValue());
        }
    }
}
