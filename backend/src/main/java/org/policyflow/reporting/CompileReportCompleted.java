package org.policyflow.reporting;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.reporting.TargetValuesPrefill.Figure;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.springframework.stereotype.Component;

/**
 * 编制进展报告: checks and records the lead's report (a new revision each time) with a figure for every numeric
 * target, and how many days after the due date it came.
 */
@Component
class CompileReportCompleted implements TaskListener {

    private final ReportingRecords records;
    private final EngineClock clock;

    CompileReportCompleted(ReportingRecords records, EngineClock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long itemId = ProcessVariables.itemId(task);
        var figures = TargetValuesPrefill.read(form, records.targets(itemId), true);
        Instant due = ProcessVariables.dueAt(task);
        Instant now = clock.instant();
        int daysLate = now.isAfter(due) ? (int) Duration.between(due, now).toDays() + 1 : 0;
        long reportId = records.report(itemId, ProcessVariables.periodId(task),
                ProcessVariables.leadDepartmentId(task), form.requiredText("narrative", "工作进展", 10000),
                form.optionalText("problems", "存在问题", 5000), form.optionalText("nextSteps", "下一步计划", 5000),
                daysLate, task);
        for (Figure figure : figures) {
            records.targetValue(figure.targetId(), reportId, null, figure.value());
        }
        // the lead is rated on its own report; what it lacked from late contributors is recorded beside it
        records.contributionsMissing(reportId, ContributionsOnReport.missing(records, task));
        task.setVariable(ProcessVariables.REPORT_ID, reportId);
    }
}
