package org.policyflow.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * One period of a plan's reporting calendar: every action item reports once per period.
 *
 * @param ordinal  1..n, the order in which items report
 * @param label    as users read it: 2025年第三季度, 2025年度总结
 * @param kind     a quarter or the annual summary
 * @param dueAt    reports are late after this instant
 */
public record ReportingPeriod(int ordinal, String label, PeriodKind kind, Instant startsAt, Instant endsAt,
                              Instant dueAt) {

    ReportingPeriod shifted(Duration by) {
        return new ReportingPeriod(ordinal, label, kind, startsAt.plus(by), endsAt.plus(by), dueAt.plus(by));
    }
}
