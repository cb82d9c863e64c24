package org.policyflow.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.policyflow.calendar.CalendarStore.StoredPeriod;

/**
 * 序时进度: the share of a plan's calendar, from its first period's start to its last period's end, elapsed at an
 * instant. The traffic-light rating compares a report's figures with it at the period's end; the dashboard shows it
 * now.
 */
public record ProgressClock(Instant calendarStart, Instant calendarEnd) {

    /** The clock of a plan's calendar; periods in order, at least one. */
    public static ProgressClock of(List<StoredPeriod> periods) {
        Instant end = periods.stream().map(p -> p.period().endsAt()).max(Comparator.naturalOrder()).orElseThrow();
        return new ProgressClock(periods.get(0).period().startsAt(), end);
    }

    /** 0 before the calendar starts, 1 after it ends, to four decimals. */
    public BigDecimal expectedAt(Instant at) {
        long total = Math.max(1, Duration.between(calendarStart, calendarEnd).toSeconds());
        long elapsed = Math.max(0, Math.min(total, Duration.between(calendarStart, at).toSeconds()));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
