package org.policyflow.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reporting calendar (prefix {@code policyflow.calendar}).
 *
 * @param compressedPeriod when set (profile {@code compressed}: PT10M), every reporting period lasts this long and
 *                         starts when the plan is imported, so reminders, 催办 and escalations can be watched on a
 *                         running demo; unset, periods follow the plan's quarters
 */
@ConfigurationProperties("policyflow.calendar")
public record CalendarProperties(Duration compressedPeriod) {

    boolean compressed() {
        return compressedPeriod != null;
    }
}
