package org.policyflow.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The user tasks of the models in bpmn/, by the ids the models give them (a task's definition key, also the inbox's
 * task key). TaskKeysTest ties this list to the models and to the front end's use of the ids.
 */
public enum TaskKey {
    // action-item.bpmn
    ACKNOWLEDGE_LEAD("AcknowledgeLead"),
    ACKNOWLEDGE_PART("AcknowledgePart"),
    ASSIGN_LEAD("AssignLead"),
    FINAL_ASSESSMENT("FinalAssessment"),
    // reporting-period.bpmn
    SUBMIT_CONTRIBUTION("SubmitContribution"),
    COMPILE_REPORT("CompileReport"),
    REVIEW_REPORT("ReviewReport"),
    // extension-request.bpmn
    REVIEW_EXTENSION("ReviewExtension"),
    // escalation.bpmn
    ISSUE_NOTICE("IssueNotice"),
    SUBMIT_RECTIFICATION("SubmitRectification"),
    CHECK_RECTIFICATION("CheckRectification"),
    // work-plan-change.bpmn
    REVIEW_WORK_PLAN_CHANGE("ReviewWorkPlanChange"),
    // model-review.bpmn
    REVIEW_MODEL_CHANGE("ReviewModelChange");

    private final String id;

    TaskKey(String id) {
        this.id = id;
    }

    /** The user task's id in its model. */
    public String id() {
        return id;
    }

    /** The key of a task of the models, or empty for a task this version does not know. */
    public static Optional<TaskKey> find(String id) {
        return Arrays.stream(values()).filter(key -> key.id.equals(id)).findFirst();
    }
}
