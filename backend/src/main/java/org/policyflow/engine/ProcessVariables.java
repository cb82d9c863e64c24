package org.policyflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables PolicyFlow's delegates and listeners read or write, by the names the models in bpmn/ use
 * (ModelVariablesTest ties the two), with typed accessors. Processes carry ids, routing and deadlines only; what a
 * user fills in is a form field (see {@link FormValues}), not listed here.
 */
public final class ProcessVariables {

    // started with every action item (ActionItemStarter)
    public static final String PLAN_ID = "planId";
    public static final String ITEM_ID = "itemId";
    public static final String ITEM_LABEL = "itemLabel";
    public static final String PERIOD_IDS = "periodIds";
    public static final String CALENDAR_MODE = "calendarMode";
    public static final String ACKNOWLEDGE_DUE_AT = "acknowledgeDueAt";
    public static final String ASSESSMENT_DUE_AT = "assessmentDueAt";
    /** Offsets acknowledgement-deadlines (reporting-deadlines.dmn) chose, and the instants they give the 签收 tasks. */
    public static final String ACKNOWLEDGEMENT_RULE = "acknowledgementRule";
    public static final String ACKNOWLEDGE_REMINDER_AT = "acknowledgeReminderAt";
    public static final String ACKNOWLEDGE_ESCALATE_AT = "acknowledgeEscalateAt";
    /** When the coordinating office is reminded of 确定牵头单位 and of 年度考核评定 (officeReminderLead before each). */
    public static final String ASSIGN_LEAD_REMINDER_AT = "assignLeadReminderAt";
    public static final String ASSESSMENT_REMINDER_AT = "assessmentReminderAt";
    /** When 确定牵头单位 last named the lead: its 签收 is due acknowledgePeriod after it. */
    public static final String LEAD_ASSIGNED_AT = "leadAssignedAt";
    /** The lead body's id (group); null until the coordinating office names one. */
    public static final String LEAD_DEPARTMENT_ID = "leadDepartmentId";
    public static final String SUPPORTING_DEPARTMENT_IDS = "supportingDepartmentIds";
    /** Supporting bodies and implementers: one contribution each per period. */
    public static final String CONTRIBUTOR_DEPARTMENT_IDS = "contributorDepartmentIds";
    /** Contributors whose 签收配合任务 is still open when a timer of the whole acknowledgement stage fires. */
    public static final String UNACKNOWLEDGED_DEPARTMENT_IDS = "unacknowledgedDepartmentIds";

    // the lead's acknowledgement
    public static final String LEAD_ACCEPTED = "leadAccepted";
    public static final String LAST_CONTEST_REASON = "lastContestReason";

    // one reporting period
    public static final String PERIOD_ID = "periodId";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String PERIOD_KIND = "periodKind";
    public static final String DUE_AT = "dueAt";
    /** The reporting-deadlines decision's result: durations before and after {@link #DUE_AT}. */
    public static final String DEADLINE_RULE = "deadlineRule";
    public static final String REMINDER_AT = "reminderAt";
    public static final String ESCALATE_AT = "escalateAt";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    /** When the coordinating office is reminded of its 审核进展报告: the review's due date less reviewReminderLead. */
    public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
    /** When the lead's 编制进展报告 opens: the due date less reporting-deadlines.dmn's reportLead. */
    public static final String REPORT_OPENS_AT = "reportOpensAt";
    /** The lead's report: due date (the period's, or after a return the revision's), its reminder and escalation. */
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_REMINDER_AT = "reportReminderAt";
    public static final String REPORT_ESCALATE_AT = "reportEscalateAt";
    /** The body a task or an escalation is for (multi-instance element, or call-activity input). */
    public static final String DEPARTMENT_ID = "departmentId";
    /** The contributing body of one contribution (multi-instance element). */
    public static final String CONTRIBUTOR_ID = "contributorId";
    public static final String REMINDER_KIND = "reminderKind";
    /** The body a 提醒 or 催办 goes to (sendReminder's input); models from before it name {@link #CONTRIBUTOR_ID}. */
    public static final String REMINDED_DEPARTMENT_ID = "remindedDepartmentId";
    /** The due date a 提醒 or 催办 is about (sendReminder's input); models from before it mean {@link #DUE_AT}. */
    public static final String REMINDER_DUE_AT = "reminderDueAt";
    public static final String REPORT_ID = "reportId";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String RETURN_COUNT = "returnCount";
    public static final String RETURN_REASON = "returnReason";
    public static final String ITEM_RATING = "itemRating";

    // the review form's view of the report (task-local)
    public static final String REPORT_REVISION = "reportRevision";
    public static final String REPORT_NARRATIVE = "reportNarrative";
    public static final String REPORT_PROBLEMS = "reportProblems";
    public static final String REPORT_NEXT_STEPS = "reportNextSteps";
    public static final String REPORT_DAYS_LATE = "reportDaysLate";
    public static final String REPORT_RATING = "reportRating";

    // an extension request
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String REQUESTED_DUE_DATE = "requestedDueDate";
    public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
    public static final String EXTENSION_ID = "extensionId";
    public static final String EXTENSION_REVIEW_COMMENT = "extensionReviewComment";

    // an escalation
    public static final String TRIGGER = "trigger";
    public static final String REASON = "reason";
    public static final String ESCALATION_LEVEL = "escalationLevel";
    public static final String LEVEL_NAME = "levelName";
    public static final String LEVEL_RANK = "levelRank";
    public static final String ISSUER_GROUP = "issuerGroup";
    public static final String RECTIFICATION_DAYS = "rectificationDays";
    public static final String FINAL_LEVEL = "finalLevel";
    /** The notice's deadline (a date), pre-filled in the notice form and then fixed by it. */
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String NOTICE_REQUIREMENTS = "noticeRequirements";
    /** When the rectification deadline's timer fires. */
    public static final String RECTIFICATION_DUE = "rectificationDue";
    /** How long before that the body is reminded (escalation-ladder), and when. */
    public static final String RECTIFICATION_REMINDER_LEAD = "rectificationReminderLead";
    public static final String RECTIFICATION_REMINDER_AT = "rectificationReminderAt";
    /** The check of a rectification, also NO_ANSWER when the deadline passed (read by escalation-next-level.dmn). */
    public static final String CHECK_RESULT = "checkResult";
    /**
     * Why an escalation ended before its rectification was checked (MATERIAL_SUBMITTED, EXTENSION_GRANTED,
     * REPORT_APPROVED, ITEM_REASSIGNED, WITHDRAWN): carried by the message that ends it, and the input of the
     * callers' step that sends that message.
     */
    public static final String ESCALATION_END_CAUSE = "escalationEndCause";
    /** The note that goes with {@link #ESCALATION_END_CAUSE} (the coordinating office's reason when it withdraws). */
    public static final String ESCALATION_END_NOTE = "escalationEndNote";
    /** Who ended the escalation by hand; absent when a process ended it. */
    public static final String ESCALATION_ENDED_BY = "escalationEndedBy";

    // a model change under review (model-review, started with each change a modeller submits)
    public static final String MODEL_CHANGE_ID = "modelChangeId";
    public static final String MODEL_RESOURCE_NAME = "modelResourceName";
    public static final String MODEL_SUBMITTED_BY = "modelSubmittedBy";

    // work-plan-change.bpmn: the lead's change request (its id) and its reason, shown to the office
    public static final String WORK_PLAN_CHANGE_ID = "workPlanChangeId";
    public static final String CHANGE_REASON = "changeReason";

    /** A user task's name, set by the model's input mapping (see {@link TaskTitle}). */
    public static final String TASK_TITLE = "taskTitle";

    private ProcessVariables() {
    }

    public static long itemId(VariableScope scope) {
        return id(scope.getVariable(ITEM_ID));
    }

    public static long periodId(VariableScope scope) {
        return id(scope.getVariable(PERIOD_ID));
    }

    public static long reportId(VariableScope scope) {
        return id(scope.getVariable(REPORT_ID));
    }

    public static long modelChangeId(VariableScope scope) {
        return id(scope.getVariable(MODEL_CHANGE_ID));
    }

    public static long extensionId(VariableScope scope) {
        return id(scope.getVariable(EXTENSION_ID));
    }

    public static long workPlanChangeId(VariableScope scope) {
        return id(scope.getVariable(WORK_PLAN_CHANGE_ID));
    }

    public static List<Long> periodIds(VariableScope scope) {
        return ((List<?>) scope.getVariable(PERIOD_IDS)).stream().map(ProcessVariables::id).toList();
    }

    public static String departmentId(VariableScope scope) {
        return (String) scope.getVariable(DEPARTMENT_ID);
    }

    public static String contributorId(VariableScope scope) {
        return (String) scope.getVariable(CONTRIBUTOR_ID);
    }

    public static String leadDepartmentId(VariableScope scope) {
        return (String) scope.getVariable(LEAD_DEPARTMENT_ID);
    }

    public static List<String> contributorDepartmentIds(VariableScope scope) {
        return ((List<?>) scope.getVariable(CONTRIBUTOR_DEPARTMENT_IDS)).stream().map(String::valueOf).toList();
    }

    public static List<?> supportingDepartmentIds(VariableScope scope) {
        return (List<?>) scope.getVariable(SUPPORTING_DEPARTMENT_IDS);
    }

    public static Instant dueAt(VariableScope scope) {
        return instant(scope, DUE_AT);
    }

    public static Instant reviewDueAt(VariableScope scope) {
        return instant(scope, REVIEW_DUE_AT);
    }

    public static Map<?, ?> deadlineRule(VariableScope scope) {
        return (Map<?, ?>) scope.getVariable(DEADLINE_RULE);
    }

    public static String reminderKind(VariableScope scope) {
        return (String) scope.getVariable(REMINDER_KIND);
    }

    public static String extensionReviewComment(VariableScope scope) {
        return (String) scope.getVariable(EXTENSION_REVIEW_COMMENT);
    }

    /** The body that asked for the extension (the inbox sets it); null when the lead asked. */
    public static Object extensionRequestedBy(VariableScope scope) {
        return scope.getVariable(EXTENSION_REQUESTED_BY);
    }

    public static String escalationLevel(VariableScope scope) {
        return (String) scope.getVariable(ESCALATION_LEVEL);
    }

    public static String levelName(VariableScope scope) {
        return (String) scope.getVariable(LEVEL_NAME);
    }

    public static String issuerGroup(VariableScope scope) {
        return (String) scope.getVariable(ISSUER_GROUP);
    }

    public static boolean finalLevel(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(FINAL_LEVEL));
    }

    public static String taskTitle(VariableScope scope) {
        return String.valueOf(scope.getVariable(TASK_TITLE));
    }

    /** A date-time variable (stored as a java.util.Date, which timers and due dates read). */
    private static Instant instant(VariableScope scope, String name) {
        return ((Date) scope.getVariable(name)).toInstant();
    }

    /** Sets a date-time variable as timers and due dates read it. */
    public static void setInstant(VariableScope scope, String name, Instant value) {
        scope.setVariable(name, Date.from(value));
    }

    /** An id variable: a Long set from Java, possibly an Integer after a round trip through JSON. */
    private static long id(Object variable) {
        return ((Number) variable).longValue();
    }
}
