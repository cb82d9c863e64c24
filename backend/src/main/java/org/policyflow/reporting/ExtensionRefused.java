package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** 维持原截止日期: records the refusal; the due date stays. */
@Component
public class ExtensionRefused implements JavaDelegate {

    private final ReportingRecords records;

    public ExtensionRefused(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.extensionDecided(ProcessVariables.extensionId(execution), "REFUSED",
                ProcessVariables.extensionReviewComment(execution));
    }
}
