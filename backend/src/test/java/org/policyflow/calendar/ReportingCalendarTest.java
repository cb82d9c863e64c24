package org.policyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyflow.engine.EngineClock;

class ReportingCalendarTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 28);

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(EngineClock.ZONE).toInstant();
    }

    @Test
    void seedPlanReportsForQ3Q4AndTheYearDueOnThe10thAnd20thDayAfter() {
        List<ReportingPeriod> periods = ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.ORIGINAL,
                at(2026, 11, 27));

        assertThat(periods).extracting(ReportingPeriod::label)
                .containsExactly("2025年第三季度", "2025年第四季度", "2025年度总结");
        assertThat(periods).extracting(ReportingPeriod::kind).containsExactly(PeriodKind.QUARTER, PeriodKind.QUARTER,
                PeriodKind.ANNUAL);
        ReportingPeriod q3 = periods.get(0);
        assertThat(q3.startsAt()).isEqualTo(at(2025, 7, 28));
        assertThat(q3.endsAt()).isEqualTo(at(2025, 10, 1));
        // due at the end of 10 October: the first instant of the 11th
        assertThat(q3.dueAt()).isEqualTo(at(2025, 10, 11));
        assertThat(periods.get(1).dueAt()).isEqualTo(at(2026, 1, 11));
        assertThat(periods.get(2).startsAt()).isEqualTo(at(2025, 7, 28));
        assertThat(periods.get(2).dueAt()).isEqualTo(at(2026, 1, 21));
    }

    @Test
    void rebasedPlanImportedAfterItsFirstPeriodStartsAtTheImportKeepingLengthsAndLabels() {
        Instant now = LocalDateTime.of(2026, 11, 27, 15, 30).atZone(EngineClock.ZONE).toInstant();
        List<ReportingPeriod> original = ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.ORIGINAL, now);
        List<ReportingPeriod> rebased = ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.REBASED, now);

        assertThat(rebased.get(0).startsAt()).isEqualTo(now);
        assertThat(rebased).extracting(ReportingPeriod::label).containsExactly("2025年第三季度", "2025年第四季度", "2025年度总结");
        for (int i = 0; i < rebased.size(); i++) {
            Duration shift = Duration.between(original.get(i).startsAt(), rebased.get(i).startsAt());
            assertThat(shift).isEqualTo(Duration.between(at(2025, 7, 28), now));
            assertThat(Duration.between(rebased.get(i).endsAt(), rebased.get(i).dueAt()))
                    .isEqualTo(Duration.between(original.get(i).endsAt(), original.get(i).dueAt()));
        }
    }

    @Test
    void rebasedPlanImportedDuringItsFirstPeriodKeepsTheDocumentsDates() {
        assertThat(ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.REBASED, at(2025, 8, 1)))
                .isEqualTo(ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.ORIGINAL, at(2025, 8, 1)));
    }

    @Test
    void planWithoutPublicationDateReportsEveryQuarterOfItsYear() {
        assertThat(ReportingCalendar.periods(2026, null, ReportingCalendar.ORIGINAL, at(2026, 1, 5)))
                .extracting(ReportingPeriod::label).containsExactly("2026年第一季度", "2026年第二季度", "2026年第三季度",
                        "2026年第四季度", "2026年度总结");
    }

    @Test
    void compressedCalendarMakesEveryPeriodLastMinutesFromNow() {
        Instant now = at(2026, 11, 27);
        List<ReportingPeriod> periods = ReportingCalendar.compressed(2025, PUBLISHED, now, Duration.ofMinutes(9));

        assertThat(periods).hasSize(3);
        assertThat(periods.get(0).startsAt()).isEqualTo(now);
        assertThat(periods.get(1).startsAt()).isEqualTo(now.plus(Duration.ofMinutes(9)));
        assertThat(periods.get(2).endsAt()).isEqualTo(now.plus(Duration.ofMinutes(27)));
        assertThat(periods.get(0).dueAt()).isEqualTo(now.plus(Duration.ofMinutes(10)));
    }

    @Test
    void acknowledgementAndAssessmentDatesFollowTheCalendar() {
        List<ReportingPeriod> periods = ReportingCalendar.periods(2025, PUBLISHED, ReportingCalendar.ORIGINAL,
                at(2025, 8, 1));

        assertThat(ReportingCalendar.acknowledgementDue(periods)).isAfter(at(2025, 8, 4)).isBefore(at(2025, 8, 6));
        assertThat(ReportingCalendar.assessmentDue(periods)).isEqualTo(at(2026, 2, 10));
    }

    @Test
    void unknownAnchorIsRefused() {
        assertThatThrownBy(() -> ReportingCalendar.periods(2025, PUBLISHED, "SOMETIMES", at(2025, 8, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOMETIMES");
    }
}
