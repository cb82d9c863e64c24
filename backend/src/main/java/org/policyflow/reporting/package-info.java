/**
 * The work on an action item: starting its instance when a plan is imported, and the listeners and delegates of the
 * action-item, reporting-period and extension-request processes that record acknowledgements, work plans,
 * contributions, reports with their figures, reviews, extensions, reminders and the final assessment, and rate reports.
 * <p>
 * Owns pf_acknowledgement, pf_work_plan, pf_milestone, pf_contribution, pf_report, pf_target_value, pf_review,
 * pf_extension, pf_reminder and pf_assessment. Publishes {@link org.policyflow.reporting.ActionItemsStarted} (the
 * instances started for an import, in its transaction) and the query class
 * {@link org.policyflow.reporting.ReportingRecords} (an item's latest rating, its targets).
 */
@org.policyflow.OwnsTables({"pf_acknowledgement", "pf_assessment", "pf_contribution", "pf_extension", "pf_milestone",
        "pf_reminder", "pf_report", "pf_review", "pf_target_value", "pf_work_plan"})
package org.policyflow.reporting;
