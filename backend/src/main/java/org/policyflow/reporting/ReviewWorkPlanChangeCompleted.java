package org.policyflow.reporting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 审批工作计划变更: checks the office's decision and explanation (the form's own checks are only the browser's) and
 * records who decided what; the request is no longer open, and the gateway routes on {@code decision}.
 */
@Component
class ReviewWorkPlanChangeCompleted implements TaskListener {

    private final WorkPlanChangeRecords records;

    ReviewWorkPlanChangeCompleted(WorkPlanChangeRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean approved = "approve".equals(form.choice("decision", "审批意见", Set.of("approve", "return")));
        String comment = form.requiredText("reviewComment", "审批说明", 1000);
        records.decide(ProcessVariables.workPlanChangeId(task), approved, comment, FormValues.submitter(task));
    }
}
