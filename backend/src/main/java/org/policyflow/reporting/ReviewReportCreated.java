package org.policyflow.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 审核进展报告: shows the reviewer the report revision with its figures and ratings, read from pf_report, and the
 * contributors' material, marking what is missing.
 */
@Component
class ReviewReportCreated implements TaskListener {

    private static final Map<String, String> RATINGS = Map.of("GREEN", "绿灯", "YELLOW", "黄灯", "RED", "红灯");

    private final ReportingRecords records;

    ReviewReportCreated(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ProcessVariables.reportId(task);
        ReportingRecords.ReportSummary report = records.reportSummary(reportId);
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_REVISION, report.revision());
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_NARRATIVE, report.narrative());
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_PROBLEMS, report.problems());
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_NEXT_STEPS, report.nextSteps());
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_DAYS_LATE, report.daysLate());
        task.getExecution().setVariableLocal(ProcessVariables.REPORT_RATING,
                RATINGS.getOrDefault(report.rating(), report.rating()));
        List<Map<String, Object>> rows = records.ratedValues(reportId).stream().map(value -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("targetText", value.targetText());
            row.put("value", value.reportedValue().stripTrailingZeros().toPlainString() + value.unit());
            row.put("rating", RATINGS.getOrDefault(value.rating(), value.rating()));
            return row;
        }).toList();
        Prefill.rows(task, "ratedValues", rows);
        ContributionsOnReport.show(records, task);
    }
}
