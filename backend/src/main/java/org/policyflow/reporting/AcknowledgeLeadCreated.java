package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.reporting.ReportingRecords.Target;
import org.policyflow.calendar.CalendarStore;
import org.springframework.stereotype.Component;

/** 签收并制定工作计划: offers one milestone row per reporting period and target (or per period, without targets). */
@Component
class AcknowledgeLeadCreated implements TaskListener {

    private final ReportingRecords records;
    private final CalendarStore calendar;

    AcknowledgeLeadCreated(ReportingRecords records, CalendarStore calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        long itemId = ProcessVariables.itemId(task);
        List<Target> targets = records.targets(itemId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long periodId : ProcessVariables.periodIds(task)) {
            String periodLabel = calendar.period(periodId).period().label();
            if (targets.isEmpty()) {
                rows.add(row(periodId, periodLabel, null, "本期工作"));
            }
            for (Target target : targets) {
                rows.add(row(periodId, periodLabel, target.id(), target.text()));
            }
        }
        Prefill.rows(task, "milestones", rows);
    }

    private static Map<String, Object> row(Object periodId, String periodLabel, Long targetId, String targetText) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("periodId", periodId);
        row.put("periodLabel", periodLabel);
        row.put("targetId", targetId);
        row.put("targetText", targetText);
        row.put("milestone", "");
        row.put("plannedValue", null);
        return row;
    }
}
