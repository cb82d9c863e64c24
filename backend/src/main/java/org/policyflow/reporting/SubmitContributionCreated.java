package org.policyflow.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** 报送配合材料: offers the item's numeric targets for the contributor's figures. */
@Component
class SubmitContributionCreated implements TaskListener {

    private final ReportingRecords records;

    SubmitContributionCreated(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        TargetValuesPrefill.offer(task, records.targets(ProcessVariables.itemId(task)), List.of());
    }
}
