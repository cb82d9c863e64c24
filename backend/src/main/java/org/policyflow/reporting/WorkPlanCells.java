package org.policyflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.policyflow.calendar.CalendarStore;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.SubmissionRejected;
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

        /** Where the cell is, as errors name it: 工作计划「指标」报告期. */
        String where() {
            return "工作计划「" + targetText + "」" + periodLabel;
        }
    }

    /** A cell's content as checked: the milestone's text and the planned value (null for a qualitative target). */
    record Milestone(String text, BigDecimal plannedValue) {
    }

    /** The one row of an item without targets: its work as a whole. */
    static final String WHOLE_ITEM = "本期工作";


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
                cells.add(new Cell(periodId, periodLabel, null, WHOLE_ITEM, null));
            }
            for (Target target : targets) {
                cells.add(new Cell(periodId, periodLabel, target.id(), target.text(), target.unit()));
            }
        }
        return cells;
    }

    /**
     * Checks what was submitted for the cell: a milestone (required, at most 2,000 characters) and a planned value (a
     * non-negative number or nothing); a refusal names the cell and is reported under {@code field}.
     */
    static Milestone milestone(Cell cell, Object milestone, Object plannedValue, String field) {
        String where = cell.where();
        String text = milestone == null ? "" : FormValues.text(milestone, field, where + "的「阶段目标」").strip();
        if (text.isEmpty()) {
            throw new SubmissionRejected(field, where + "缺少「阶段目标」");
        }
        if (text.length() > AcknowledgeLeadCompleted.MAX_MILESTONE) {
            throw new SubmissionRejected(field, where + "的「阶段目标」不能超过" + AcknowledgeLeadCompleted.MAX_MILESTONE
                    + "个字");
        }
        return new Milestone(text, FormValues.nonNegative(plannedValue, field, where + "的「计划值」"));
    }
}
