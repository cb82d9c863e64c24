package org.policyflow.calendar;

import static org.policyflow.engine.EngineClock.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


/**
 * Derives a plan's reporting periods: one per quarter from the quarter of publication to the end of the plan year,
 * then the annual summary. A report is due on the 10th day after its period ends (the 20th for the annual summary).
 */
public final class ReportingCalendar {

    /** A plan imported after its first period ended starts at the import date instead. */
    public static final String REBASED = "REBASED";
    /** The document's dates, even if they are past. */
    public static final String ORIGINAL = "ORIGINAL";

    private static final String[] QUARTERS = {"一", "二", "三", "四"};
    private static final int QUARTER_DUE_DAYS = 10;
    private static final int ANNUAL_DUE_DAYS = 20;

    private ReportingCalendar() {
    }

    /**
     * @param published the plan's publication date; null: the start of the plan year
     * @param anchor    {@link #REBASED} or {@link #ORIGINAL}
     * @param now       the import time
     */
    public static List<ReportingPeriod> periods(int planYear, LocalDate published, String anchor, Instant now) {
        if (!REBASED.equals(anchor) && !ORIGINAL.equals(anchor)) {
            throw new IllegalArgumentException("Unknown calendar anchor " + anchor);
        }
        List<ReportingPeriod> periods = original(planYear, published);
        if (REBASED.equals(anchor) && now.isAfter(periods.get(0).endsAt())) {
            Duration shift = Duration.between(periods.get(0).startsAt(), now);
            return periods.stream().map(period -> period.shifted(shift)).toList();
        }
        return periods;
    }

    /** The same periods, each lasting {@code length} from {@code now} on; a report is due a ninth of that later. */
    public static List<ReportingPeriod> compressed(int planYear, LocalDate published, Instant now, Duration length) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod period : original(planYear, published)) {
            Instant start = now.plus(length.multipliedBy(period.ordinal() - 1L));
            Instant end = start.plus(length);
            periods.add(new ReportingPeriod(period.ordinal(), period.label(), period.kind(), start, end,
                    end.plus(length.dividedBy(9))));
        }
        return periods;
    }

    /** Departments acknowledge their part within a ninth of the first period (a week for a rebased Q3). */
    public static Instant acknowledgementDue(List<ReportingPeriod> periods) {
        ReportingPeriod first = periods.get(0);
        return first.startsAt().plus(Duration.between(first.startsAt(), first.endsAt()).dividedBy(9));
    }

    /** The final assessment is due as long after the last report is due as that report after its period. */
    public static Instant assessmentDue(List<ReportingPeriod> periods) {
        ReportingPeriod last = periods.get(periods.size() - 1);
        return last.dueAt().plus(Duration.between(last.endsAt(), last.dueAt()));
    }

    private static List<ReportingPeriod> original(int planYear, LocalDate published) {
        LocalDate start = published != null && published.getYear() == planYear
                ? published : LocalDate.of(planYear, 1, 1);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int quarter = (start.getMonthValue() - 1) / 3; quarter < 4; quarter++) {
            LocalDate quarterStart = LocalDate.of(planYear, quarter * 3 + 1, 1);
            LocalDate from = quarterStart.isBefore(start) ? start : quarterStart;
            LocalDate to = quarterStart.plusMonths(3).minusDays(1);
            periods.add(period(periods.size() + 1, planYear + "年第" + QUARTERS[quarter] + "季度", PeriodKind.QUARTER,
                    from, to, QUARTER_DUE_DAYS));
        }
        periods.add(period(periods.size() + 1, planYear + "年度总结", PeriodKind.ANNUAL,
                start, LocalDate.of(planYear, 12, 31), ANNUAL_DUE_DAYS));
        return periods;
    }

    /** Dates are whole days in Suzhou: a period ends, and a report is due, at the end of its last day. */
    private static ReportingPeriod period(int ordinal, String label, PeriodKind kind, LocalDate from, LocalDate to,
            int dueDays) {
        return new ReportingPeriod(ordinal, label, kind, from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant(),
                to.plusDays(dueDays + 1L).atStartOfDay(ZONE).toInstant());
    }
}
