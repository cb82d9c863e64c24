package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 维持原工作计划: the current plan stays; the lead is told the office's reason. */
@Component
class WorkPlanChangeReturned implements JavaDelegate {

    private final WorkPlanChangeRecords records;
    private final ApplicationEventPublisher events;

    WorkPlanChangeReturned(WorkPlanChangeRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(records.decided(ProcessVariables.workPlanChangeId(execution)));
    }
}
