/**
 * The reporting calendar: the periods in which every action item reports (quarters and the annual summary, or
 * minutes-long periods in the compressed calendar), derived from a plan when it is imported, with their due dates.
 * <p>
 * Owns pf_reporting_period. Publishes the query class {@link org.policyflow.calendar.CalendarStore} and the view
 * v_reporting_period (a period's plan, order, label, kind and dates).
 */
@org.policyflow.OwnsTables(value = {"pf_reporting_period"}, views = {"v_reporting_period"})
package org.policyflow.calendar;
