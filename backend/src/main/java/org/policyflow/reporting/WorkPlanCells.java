package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.List;

import org.policyflow.calendar.CalendarStore;
import org.policyflow.reporting.ReportingRecords.Target;
import org.springframework.stereotype.Component;

/**
 * The cells of an item's work plan: each target (or, for an item without targets, its work as a whole) in each
 * reporting period, period by period. The 签收并制定工作计划 form shows them as rows in this order, and a submitted row
 * is the cell at its position: the form carries no ids a user could change.
 */
@Component
class WorkPlanCells {

    record Cell(long periodId, String periodLabel, Long targetId, String targetText, String unit) {
    }

    private final ReportingRecords records;
    private final CalendarStore calendar;

    WorkPlanCells(ReportingRecords records, CalendarStore calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    List<Cell> of(long itemId, List<Long> periodIds) {
        List<Target> targets = records.targets(itemId);
        List<Cell> cells = new ArrayList<>();
        for (long periodId : periodIds) {
            String periodLabel = calendar.period(periodId).period().label();
            if (targets.isEmpty()) {
                cells.add(new Cell(periodId, periodLabel, null, "本期工作", null));
            }
            for (Target target : targets) {
                cells.add(new Cell(periodId, periodLabel, target.id(), target.text(), target.unit()));
            }
        }
        return cells;
    }
}
