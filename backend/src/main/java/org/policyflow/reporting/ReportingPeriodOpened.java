package org.policyflow.reporting;

import org.policyflow.calendar.CalendarStore;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.springframework.stereotype.Component;

/** Start of a reporting period: reads the period's label, kind and due date from the calendar. */
@Component
public class ReportingPeriodOpened implements ExecutionListener {

    private final CalendarStore calendar;

    public ReportingPeriodOpened(CalendarStore calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateExecution execution) {
        StoredPeriod period = calendar.period(((Number) execution.getVariable("periodId")).longValue());
        execution.setVariable("periodLabel", period.period().label());
        execution.setVariable("periodKind", period.period().kind());
        execution.setVariable("dueAt", Date.from(period.period().dueAt()));
        execution.setVariable("returnCount", 0);
    }
}
