package org.policyflow.reporting;

import org.policyflow.calendar.CalendarStore;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** Start of a reporting period: reads the period's label, kind and due date from the calendar. */
@Component
class ReportingPeriodOpened implements ExecutionListener {

    private final CalendarStore calendar;

    ReportingPeriodOpened(CalendarStore calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateExecution execution) {
        StoredPeriod period = calendar.period(ProcessVariables.periodId(execution));
        execution.setVariable(ProcessVariables.PERIOD_LABEL, period.period().label());
        execution.setVariable(ProcessVariables.PERIOD_KIND, period.period().kind().name());
        ProcessVariables.setInstant(execution, ProcessVariables.DUE_AT, period.period().dueAt());
        execution.setVariable(ProcessVariables.RETURN_COUNT, 0);
    }
}
