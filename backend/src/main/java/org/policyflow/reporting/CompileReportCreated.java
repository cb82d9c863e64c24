package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 编制进展报告: offers each numeric target, with the figures of the returned revision when revising, and the
 * contributors' material that has arrived, marking what is missing.
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
        TargetValuesPrefill.offer(task, records.targets(itemId),
                records.latestReportValues(itemId, ProcessVariables.periodId(task)));
        ContributionsOnReport.show(records, task);
    }
}
