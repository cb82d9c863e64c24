package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 查找未签收单位: when a timer of the whole 配合单位签收 stage fires (reminder, overdue, grace period), the bodies whose
 * 签收配合任务 is still open, for the multi-instance step after it to remind, urge or escalate each of them. One timer
 * per stage instead of two per body keeps the acknowledgement cheap to start and to complete (docs/BENCHMARKS.md §10).
 */
@Component
class FindUnacknowledgedParts implements JavaDelegate {

    private final ReportingRecords records;

    FindUnacknowledgedParts(ReportingRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> pending = new ArrayList<>(ProcessVariables.contributorDepartmentIds(execution));
        pending.removeAll(records.acknowledgedParts(ProcessVariables.itemId(execution)));
        // local: the reminder and the overdue path may each hold their own list at the same time
        execution.setVariableLocal(ProcessVariables.UNACKNOWLEDGED_DEPARTMENT_IDS, pending);
    }
}
