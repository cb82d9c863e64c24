package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.reporting.TargetValuesPrefill.Figure;
import org.policyflow.engine.FormValues;
import org.springframework.stereotype.Component;

/**
 * 报送配合材料: records a contributor's narrative, evidence and the figures it gave, and adds it to the lead's report
 * or the review if one is open already (the report opens on the calendar, not when the last contributor submits).
 */
@Component
class SubmitContributionCompleted implements TaskListener {

    private final ReportingRecords records;

    SubmitContributionCompleted(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long itemId = ProcessVariables.itemId(task);
        var figures = TargetValuesPrefill.read(form, records.targets(itemId), false);
        long contributionId = records.contribution(itemId, ProcessVariables.periodId(task),
                ProcessVariables.contributorId(task), form.requiredText("contributionNarrative", "工作进展", 10000),
                form.optionalText("evidence", "佐证材料说明", 2000), task);
        for (Figure figure : figures) {
            records.targetValue(figure.targetId(), null, contributionId, figure.value());
        }
        ContributionsOnReport.refresh(records, task);
    }
}
