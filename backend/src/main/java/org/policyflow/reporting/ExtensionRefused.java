package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 维持原截止日期: records and announces ({@link ExtensionDecided}) the refusal; the due date stays. */
@Component
class ExtensionRefused implements JavaDelegate {

    private final ReportingRecords records;
    private final ApplicationEventPublisher events;

    ExtensionRefused(ReportingRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(records.extensionDecided(ProcessVariables.extensionId(execution), false,
                ProcessVariables.extensionReviewComment(execution)));
    }
}
