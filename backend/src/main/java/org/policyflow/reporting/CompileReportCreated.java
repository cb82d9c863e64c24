package org.policyflow.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 编制进展报告: offers each numeric target and the contributors' material that has arrived, marking what is missing.
 * A revision (the office returned the report) opens with everything the previous revision said: its texts and
 * figures. A first report opens with the contributors' figures summed where they add up
 * ({@link ReportingRecords.Target#addsUp()}); the lead checks and completes them.
 */
@Component
class CompileReportCreated implements TaskListener {

    private final ReportingRecords records;

    CompileReportCreated(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        long itemId = ProcessVariables.itemId(task);
        long periodId = ProcessVariables.periodId(task);
        List<ReportingRecords.Target> targets = records.targets(itemId);
        var previous = records.latestReportText(itemId, periodId);
        previous.ifPresent(text -> {
            task.getExecution().setVariableLocal("narrative", text.narrative());
            task.getExecution().setVariableLocal("problems", text.problems());
            task.getExecution().setVariableLocal("nextSteps", text.nextSteps());
        });
        TargetValuesPrefill.offer(task, targets, previous.isPresent() ? records.latestReportValues(itemId, periodId)
                : ContributionsOnReport.sums(records, task, targets));
        ContributionsOnReport.show(records, task);
    }
}
