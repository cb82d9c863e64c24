package org.policyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.engine.EngineClock;

class ProgressClockTest {

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(EngineClock.ZONE).toInstant();
    }

    private static StoredPeriod period(int ordinal, PeriodKind kind, Instant startsAt, Instant endsAt) {
        return new StoredPeriod(ordinal, 1, new ReportingPeriod(ordinal, "P" + ordinal, kind, startsAt, endsAt,
                endsAt.plusSeconds(864_000)));
    }

    /** The period that ends latest is not the last one: the calendar ends with it all the same. */
    private static final List<StoredPeriod> PLAN = List.of(
            period(1, PeriodKind.QUARTER, at(2025, 7, 1), at(2025, 10, 1)),
            period(2, PeriodKind.ANNUAL, at(2025, 7, 1), at(2026, 1, 1)),
            period(3, PeriodKind.QUARTER, at(2025, 10, 1), at(2025, 12, 1)));

    @Test
    void runsFromTheFirstPeriodsStartToTheLatestEnd() {
        ProgressClock clock = ProgressClock.of(PLAN);

        assertThat(clock.calendarStart()).isEqualTo(at(2025, 7, 1));
        assertThat(clock.calendarEnd()).isEqualTo(at(2026, 1, 1));
        // 92 of 184 days
        assertThat(clock.expectedAt(at(2025, 10, 1))).isEqualByComparingTo("0.5");
        // 123 of 184 days, to four decimals
        assertThat(clock.expectedAt(at(2025, 11, 1))).isEqualByComparingTo("0.6685");
    }

    @Test
    void readsNothingBeforeTheStartAndAllAfterTheEnd() {
        ProgressClock clock = ProgressClock.of(PLAN);

        assertThat(clock.expectedAt(at(2025, 6, 1))).isEqualByComparingTo("0");
        assertThat(clock.expectedAt(at(2026, 3, 1))).isEqualByComparingTo("1");
    }
}
