package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * 序时进度 as the traffic-light rating defines it (org.policyflow.reporting.TrafficLightRating): the share of the
 * plan's calendar, from its first period's start to its last period's end, elapsed at an instant.
 */
record ProgressClock(Instant calendarStart, Instant calendarEnd) {

    BigDecimal expectedAt(Instant at) {
        long total = Math.max(1, Duration.between(calendarStart, calendarEnd).toSeconds());
        long elapsed = Math.max(0, Math.min(total, Duration.between(calendarStart, at).toSeconds()));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
