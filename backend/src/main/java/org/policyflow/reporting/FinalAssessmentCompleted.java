package org.policyflow.reporting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** 年度考核评定: records the coordinating office's final rating of the item. */
@Component
class FinalAssessmentCompleted implements TaskListener {

    private final ReportingRecords records;

    FinalAssessmentCompleted(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        records.assessment(ProcessVariables.itemId(task),
                form.choice("assessmentResult", "考核结论", Set.of("COMPLETED", "MOSTLY_COMPLETED", "NOT_COMPLETED")),
                form.integer("assessmentScore", "考核得分", 0, 100),
                form.requiredText("assessmentComment", "考核意见", 2000), task);
    }
}
