package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 启用调整后的工作计划: the proposed cells become the item's current work plan; the lead is told. */
@Component
class WorkPlanChangeApproved implements JavaDelegate {

    private final WorkPlanChangeRecords records;
    private final ApplicationEventPublisher events;

    WorkPlanChangeApproved(WorkPlanChangeRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long changeId = ProcessVariables.workPlanChangeId(execution);
        records.adopt(changeId);
        events.publishEvent(records.decided(changeId));
    }
}
