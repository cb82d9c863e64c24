package org.policyflow.reporting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.FormValues;
import org.springframework.stereotype.Component;

/**
 * 审核延期申请: the office's decision and its explanation, checked before the gateway routes on them and the calling
 * period records them (the form's own checks are only the browser's).
 */
@Component
class ReviewExtensionCompleted implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        form.choice("decision", "审核意见", Set.of("approve", "refuse"));
        form.requiredText("reviewComment", "审核说明", 1000);
    }
}
