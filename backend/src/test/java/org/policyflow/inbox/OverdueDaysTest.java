package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.policyflow.engine.EngineClock;

/** 已逾期 N 天: the days begun since the due date, in Suzhou. */
class OverdueDaysTest {

    private static ZonedDateTime at(int day, int hour) {
        return LocalDate.of(2026, 12, day).atTime(hour, 0).atZone(EngineClock.ZONE);
    }

    @Test
    void aTaskThatFellDueEarlierTodayIsOverdueByOneDayNotDueToday() {
        assertThat(Inbox.overdueDays(at(7, 9).toInstant(), at(7, 10).toInstant())).isEqualTo(1);
    }

    @Test
    void daysAreCountedInSuzhouNotUtc() {
        // 23:59 on the 6th in Suzhou is 15:59 UTC; at 00:30 on the 9th in Suzhou it is two days later there
        assertThat(Inbox.overdueDays(at(6, 23).plusMinutes(59).toInstant(), at(9, 0).plusMinutes(30).toInstant()))
                .isEqualTo(3);
        assertThat(Inbox.overdueDays(at(4, 18).toInstant(), at(7, 8).toInstant())).isEqualTo(3);
    }
}
