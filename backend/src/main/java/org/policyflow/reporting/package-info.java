/**
 * The work on an action item: starting its instance when a plan is imported, and the listeners and delegates of the
 * action-item, reporting-period, extension-request and work-plan-change processes that record acknowledgements, work
 * plans, contributions, reports with their figures, reviews, extensions, reminders, work plan changes and the final
 * assessment, and rate reports; read access of an item's bodies to its process instances (ItemParticipantAccess).
 * <p>
 * Owns pf_acknowledgement, pf_work_plan, pf_milestone, pf_contribution, pf_report, pf_target_value, pf_review,
 * pf_extension, pf_reminder, pf_assessment, pf_work_plan_change and pf_work_plan_change_cell. Publishes {@link
 * org.policyflow.reporting.ActionItemsStarted} (the instances started for an import, in its transaction) and the query
 * class {@link org.policyflow.reporting.ReportingRecords} (an item's latest rating, its targets) and the read models
 * v_report (every report revision with its latest review), v_target_figure (the lead's figures), v_submission (what
 * each body had due and when it answered), v_reporting_timeline (the item page's events of this package), v_work_plan
 * (the lead's current work plan, cell by cell), v_open_work_plan_change (a change request awaiting the office) and
 * v_reminder (every 提醒 and 催办, read once by the inbox's V111). Announces, in the engine's transaction, ReminderSent,
 * ReportReturned, ExtensionDecided and WorkPlanChangeDecided.
 */
@org.policyflow.OwnsTables(value = {"pf_acknowledgement", "pf_assessment", "pf_contribution", "pf_extension", "pf_milestone",
        "pf_reminder", "pf_report", "pf_review", "pf_target_value", "pf_work_plan", "pf_work_plan_change",
        "pf_work_plan_change_cell"},
        views = {"v_report", "v_target_figure", "v_submission", "v_reporting_timeline", "v_reminder",
                "v_work_plan", "v_open_work_plan_change"})
package org.policyflow.reporting;
