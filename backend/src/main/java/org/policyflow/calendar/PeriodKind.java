package org.policyflow.calendar;

/**
 * The kind of a reporting period: pf_reporting_period.kind (stored by name) and the {@code periodKind} that
 * reporting-deadlines.dmn decides on.
 */
public enum PeriodKind {
    /** 季度: one per quarter of the plan year. */
    QUARTER,
    /** 年度总结: the annual summary closing the year. */
    ANNUAL
}
