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
 * 签收并制定工作计划: offers the work plan's cells as rows (target and period shown, the target's unit beside the
 * planned value, the milestone to write).
 */
@Component
class AcknowledgeLeadCreated implements TaskListener {

    private final WorkPlanCells cells;

    AcknowledgeLeadCreated(WorkPlanCells cells) {
        this.cells = cells;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WorkPlanCells.Cell cell : cells.of(ProcessVariables.itemId(task), ProcessVariables.periodIds(task))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", cell.targetText());
            row.put("period", cell.periodLabel());
            row.put("unit", cell.unit());
            row.put("plannedValue", null);
            row.put("milestone", "");
            // not form fields (forms never show or submit them): what a client driving the API computes with
            row.put("periodId", cell.periodId());
            row.put("targetId", cell.targetId());
            rows.add(row);
        }
        Prefill.rows(task, "milestones", rows);
    }
}
