package org.policyflow.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.policyflow.plan.BodyRole;
import org.springframework.stereotype.Component;

/** 签收配合任务: a supporting body or implementer acknowledges its part of the item. */
@Component
class AcknowledgePartCompleted implements TaskListener {

    private final ReportingRecords records;

    AcknowledgePartCompleted(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        if (!Boolean.TRUE.equals(task.getVariable("partAcknowledged"))) {
            throw new SubmissionRejected("partAcknowledged", "请勾选「确认签收」");
        }
        String department = ProcessVariables.departmentId(task);
        List<?> supporting = ProcessVariables.supportingDepartmentIds(task);
        records.acknowledgement(ProcessVariables.itemId(task), department,
                supporting.contains(department) ? BodyRole.SUPPORTING : BodyRole.IMPLEMENTER,
                AcknowledgementOutcome.ACCEPTED, form.optionalText("acknowledgementComment", "签收说明", 2000), task);
    }
}
