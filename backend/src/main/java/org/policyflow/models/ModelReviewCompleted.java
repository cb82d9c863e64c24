package org.policyflow.models;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.stereotype.Component;

/**
 * 审核模型变更 (model-review) ends only through {@link ModelChanges#approve} or {@link ModelChanges#giveBack}, which
 * decide the change and then complete its task: completing the task any other way (Tasklist, the workbench's form,
 * Camunda's REST API) while the change is still pending is refused with 400, so nothing bypasses the approval.
 */
@Component
class ModelReviewCompleted implements TaskListener {

    private final ModelChanges changes;

    ModelReviewCompleted(ModelChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ProcessVariables.modelChangeId(task);
        if (changes.get(id).status() == ModelChanges.Status.PENDING) {
            throw new SubmissionRejected(ProcessVariables.MODEL_CHANGE_ID, "模型变更 " + id + " 尚未审核:请在「模型审核」页面"
                    + "(/modeler/review?change=" + id + ")查看差异后批准或退回,任务随之办结");
        }
    }
}
