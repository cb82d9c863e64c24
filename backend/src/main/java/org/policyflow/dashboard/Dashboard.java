package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * GET /api/dashboard: one plan at a glance. Lights: GREEN, YELLOW, RED as rated (traffic-light.dmn) on the latest
 * revision of the period's report; RED with status OVERDUE when the due date passed without a report; GREY when
 * nothing is due yet. {@code mine} marks what the viewer's bodies take part in.
 */
record Dashboard(PlanRef plan, List<PlanRef> plans, boolean seesAll, List<Period> periods, List<ItemRow> items,
                 List<TargetProgress> targets, List<LeagueRow> league, List<LightCount> lightCounts) {

    record PlanRef(long id, String docNumber, String title) {
    }

    /** @param expectedProgress 序时进度 at the period's end, 0..1 */
    record Period(long id, int ordinal, String label, String kind, OffsetDateTime dueAt,
                  BigDecimal expectedProgress) {
    }

    record ItemRow(long id, int number, String label, String title, @Nullable String leadId, @Nullable String leadName,
                   boolean mine, List<Cell> cells) {
    }

    /**
     * @param status REPORTED, UNDER_REVIEW, RETURNED, APPROVED, OVERDUE, NOT_DUE
     * @param revision latest revision, 0 without a report
     */
    record Cell(long periodId, String light, String status, int revision, @Nullable Integer daysLate) {
    }

    /**
     * @param actual           the lead's latest reported figure, null before the first
     * @param progress         actual ÷ target, null before the first figure
     * @param expectedProgress 序时进度 of the figure's period, or of today before the first figure
     */
    record TargetProgress(long id, long itemId, String itemLabel, String text, BigDecimal targetValue, String unit,
                          String comparator, @Nullable LocalDate deadline, @Nullable BigDecimal actual,
                          @Nullable String periodLabel, @Nullable BigDecimal progress, BigDecimal expectedProgress,
                          @Nullable String rating, boolean mine) {
    }

    /**
     * @param due     submissions (reports of a lead, contributions of the others) made or overdue
     * @param onTime  of them, made by the due date
     * @param onTimeRate onTime ÷ due, null when nothing was due
     */
    record LeagueRow(String departmentId, String name, String kind, long due, long onTime,
                     @Nullable BigDecimal onTimeRate, long openTasks, long overdueTasks) {

        /**
         * The league's order: the highest on-time rate first, then fewer overdue tasks, then the name. A body with
         * nothing due yet has no rate and comes after every body that has one: it has not earned a place above a body
         * that reported everything on time.
         */
        static final Comparator<LeagueRow> RANKING = Comparator.comparing(LeagueRow::onTimeRate,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparingLong(LeagueRow::overdueTasks).thenComparing(LeagueRow::name);
    }

    record LightCount(long periodId, String periodLabel, long green, long yellow, long red, long grey) {
    }
}
