package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/**
 * GET /api/items/{id}: an action item with its bodies, targets, timeline, process position and the lead's current
 * work plan (null before the lead submitted one).
 */
record ItemPage(long id, long planId, String docNumber, String planTitle, String businessKey, String label,
                String title, String text, @Nullable String responsibilityNote, List<Body> bodies, List<Target> targets,
                List<Event> timeline, @Nullable Process process, @Nullable WorkPlan workPlan) {

    /** @param role LEAD, SUPPORTING or IMPLEMENTER */
    // named apart from the registry's Body and the plan's Target: the API description names schemas by simple name
    @Schema(name = "ItemBody")
    record Body(String id, String name, String role) {
    }

    @Schema(name = "ItemTarget")
    record Target(long id, String text, BigDecimal targetValue, String unit, String comparator,
                  @Nullable LocalDate deadline, List<Figure> history) {
    }

    /** A lead's figure for the target in one revision of one period's report. */
    record Figure(String periodLabel, int revision, BigDecimal value, @Nullable BigDecimal expectedProgress,
                  @Nullable String rating) {
    }

    /**
     * Something that happened to the item, oldest first.
     *
     * @param kind    ACKNOWLEDGEMENT, WORK_PLAN, CONTRIBUTION, REPORT, REVIEW, EXTENSION_REQUESTED,
     *                EXTENSION_DECIDED, REMINDER, ESCALATION, NOTICE, RECTIFICATION, ASSESSMENT,
     *                MIGRATION (detail: "action-item 版本 1 → 版本 2"), WORK_PLAN_CHANGE_REQUESTED (detail: the reason),
     *                WORK_PLAN_CHANGE_DECIDED (outcome APPROVED or RETURNED; detail: "requester's name|changed
     *                cells/all cells|comment")
     * @param outcome the kind's result (ACCEPTED, RETURNED, GREEN, APPROVED, ORANGE, MOVED, …) or null
     * @param actor   the user who did it (login), null when the system did
     * @param actorName that user's name to show
     */
    record Event(OffsetDateTime at, String kind, @Nullable String outcome, @Nullable String departmentName,
                 @Nullable String actor, @Nullable String actorName, @Nullable String periodLabel,
                 @Nullable String detail) {

        static final String WORK_PLAN_CHANGE_DECIDED = "WORK_PLAN_CHANGE_DECIDED";

        /** The user who asked for the change a WORK_PLAN_CHANGE_DECIDED decided, as its detail names them; else null. */
        @Nullable
        String requester() {
            return WORK_PLAN_CHANGE_DECIDED.equals(kind) && detail != null ? detail.split("\\|", 2)[0] : null;
        }

        /** The actor's name, and in a change decision's detail the requester's name instead of their login. */
        Event named(Map<String, String> names) {
            String requester = requester();
            String shown = requester == null ? detail
                    : names.getOrDefault(requester, requester) + detail.substring(requester.length());
            return new Event(at, kind, outcome, departmentName, actor, names.get(actor), periodLabel, shown);
        }
    }

    /**
     * The item's action-item process instance and where it is, for the diagram.
     *
     * @param processDefinitionVersion the version of action-item it runs on (a new one after a migration)
     * @param passedActivityIds  activities it finished
     * @param currentActivityIds activities it is in now
     */
    record Process(String processInstanceId, String processDefinitionId, int processDefinitionVersion, boolean ended,
                   List<String> passedActivityIds, List<String> currentActivityIds) {
    }

    /**
     * The lead's current work plan as a table: one row per target, one cell per reporting period.
     *
     * @param submittedBy        the name of the user who submitted it (市住建局 工作人员)
     * @param mayRequestChange   the viewer is of the lead's body and no change request is open: it may ask for one
     *                           (POST /api/items/{id}/work-plan-changes)
     * @param changeRequestedAt  when the open change request was made; null when none awaits the office
     */
    record WorkPlan(OffsetDateTime submittedAt, String departmentName, @Nullable String submittedBy,
                    List<String> periods, List<WorkPlanRow> rows, boolean mayRequestChange,
                    @Nullable OffsetDateTime changeRequestedAt) {

        /** The plan with its submitter's name instead of their login (市住建局 工作人员). */
        WorkPlan named(Map<String, String> names) {
            return new WorkPlan(submittedAt, departmentName, names.getOrDefault(submittedBy, submittedBy), periods,
                    rows, mayRequestChange, changeRequestedAt);
        }
    }

    /**
     * A target's milestones, one per period in the order of {@link WorkPlan#periods()}.
     *
     * @param target the target's text; null for an item without targets (its work as a whole)
     */
    record WorkPlanRow(@Nullable String target, @Nullable String unit, List<WorkPlanCell> cells) {
    }

    record WorkPlanCell(String periodLabel, String milestone, @Nullable BigDecimal plannedValue) {
    }
}
