package org.policyflow.reporting;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** pf_milestone.description */
    private static final int MAX_MILESTONE = 2000;

    private final ReportingRecords records;

    AcknowledgeLeadCompleted(ReportingRecords records) {
        this.records = records;
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
        long workPlanId = records.workPlan(itemId, lead, task);
        Set<Long> periods = new HashSet<>(ProcessVariables.periodIds(task));
        Set<Long> targets = records.targets(itemId).stream().map(ReportingRecords.Target::id)
                .collect(Collectors.toSet());
        int row = 0;
        for (Map<String, Object> milestone : form.rows("milestones")) {
            row++;
            String where = "工作计划第" + row + "行";
            String text = milestone.get("milestone") == null ? null
                    : FormValues.text(milestone.get("milestone"), "milestones", where + "「阶段目标」").strip();
            if (text == null || text.isEmpty()) {
                throw new SubmissionRejected("milestones", where + "(" + milestone.get("periodLabel")
                        + ")缺少「阶段目标」");
            }
            if (text.length() > MAX_MILESTONE) {
                throw new SubmissionRejected("milestones", where + "「阶段目标」不能超过" + MAX_MILESTONE + "个字");
            }
            if (milestone.get("periodId") == null) {
                throw new SubmissionRejected("milestones", where + "缺少报告期编号");
            }
            long periodId = FormValues.id(milestone.get("periodId"), "milestones", where + "的报告期编号");
            if (!periods.contains(periodId)) {
                throw new SubmissionRejected("milestones", where + "的报告期编号 " + periodId + " 不是本事项的报告期");
            }
            Long targetId = milestone.get("targetId") == null ? null
                    : FormValues.id(milestone.get("targetId"), "milestones", where + "的指标编号");
            if (targetId != null && !targets.contains(targetId)) {
                throw new SubmissionRejected("milestones", where + "的指标编号 " + targetId + " 不是本事项的指标");
            }
            records.milestone(workPlanId, periodId, targetId, text,
                    FormValues.nonNegative(milestone.get("plannedValue"), "milestones", where + "计划值"));
        }
        if (row == 0) {
            throw new SubmissionRejected("milestones", "请填写工作计划(每个报告期的阶段目标)");
        }
    }
}
