package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 审批工作计划变更: offers the proposed plan as rows (target, period, the cell as it is now, the planned value with
 * its unit and the milestone proposed), so the office reads the change cell by cell.
 */
@Component
class ReviewWorkPlanChangeCreated implements TaskListener {

    private final WorkPlanChangeRecords records;

    ReviewWorkPlanChangeCreated(WorkPlanChangeRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        long changeId = ProcessVariables.workPlanChangeId(task);
        List<WorkPlanChangeRecords.PlanCell> before = records.cells(records.basePlan(changeId));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<WorkPlanChangeRecords.PlanCell> proposed = records.proposed(changeId);
        for (int i = 0; i < proposed.size(); i++) {
            WorkPlanChangeRecords.PlanCell cell = proposed.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", cell.cell().targetText());
            row.put("period", cell.cell().periodLabel());
            row.put("current", shown(before.get(i)));
            row.put("unit", cell.cell().unit());
            row.put("plannedValue", cell.plannedValue());
            row.put("milestone", cell.milestone());
            rows.add(row);
        }
        Prefill.rows(task, "proposedPlan", rows);
    }

    /** "300 家 · 按季度推进", or the milestone alone for a cell without a planned value. */
    static String shown(WorkPlanChangeRecords.PlanCell cell) {
        if (cell.plannedValue() == null) {
            return cell.milestone();
        }
        String unit = cell.cell().unit() == null ? "" : " " + cell.cell().unit();
        return cell.plannedValue().stripTrailingZeros().toPlainString() + unit + " · " + cell.milestone();
    }
}
