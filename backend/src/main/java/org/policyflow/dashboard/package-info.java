/**
 * The dashboard of a plan (lights per item and period, target progress, the league table of bodies), its period
 * ledger as a spreadsheet (台账), the period's 督查通报 to print (PDF or .docx) and the item page (text, bodies,
 * figures, timeline, position in the action-item process), each filtered by what the viewer may see.
 * <p>
 * Owns no tables. It reads only read models published by their owners: {@code v_plan}, {@code v_item},
 * {@code v_item_body} and {@code v_target} (plan), {@code v_department} (department), {@code v_report},
 * {@code v_target_figure}, {@code v_submission} and {@code v_reporting_timeline} (reporting),
 * {@code v_escalation_timeline} and the notices issued ({@link org.policyflow.escalation.EscalationQueue})
 * (escalation), {@code v_migration_timeline} (migration), {@code v_open_task} (inbox), and the periods and 序时进度
 * from the calendar ({@link org.policyflow.calendar.CalendarStore}, {@link org.policyflow.calendar.ProgressClock}).
 */
@org.policyflow.OwnsTables
package org.policyflow.dashboard;
