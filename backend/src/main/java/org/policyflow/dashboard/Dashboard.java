package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * Whose lateness it is: the lead's own report ({@code leadLate}: its first revision came after the due date in
     * force, or none came and that date has passed) and the contributors whose material was not in by that date. A
     * contributor's late material never makes the lead late.
     *
     * @param status REPORTED, UNDER_REVIEW, RETURNED, APPROVED, OVERDUE, NOT_DUE
     * @param revision latest revision, 0 without a report
     * @param daysLate the latest revision's days late
     * @param lateContributions the supporting bodies and implementers whose material is missing or came late
     */
    record Cell(long periodId, String light, String status, int revision, @Nullable Integer daysLate, boolean leadLate,
                List<LateBody> lateContributions) {
    }

    /** @param submitted true: came after the due date; false: still missing */
    record LateBody(String departmentId, String name, boolean submitted) {
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
     * A body is counted on its own submissions only: its reports where it leads, its material where it supports or
     * implements; the two are also given apart.
     *
     * @param due     submissions (reports of a lead, contributions of the others) made or overdue
     * @param onTime  of them, made by the due date
     * @param onTimeRate onTime ÷ due, null when nothing was due
     * @param reports the body's reports as a lead
     * @param contributions the body's material as a supporting body or implementer
     */
    record LeagueRow(String departmentId, String name, String kind, long due, long onTime, @Nullable BigDecimal onTimeRate,
                     Rate reports, Rate contributions, long openTasks, long overdueTasks) {

        LeagueRow(String departmentId, String name, String kind, Rate reports, Rate contributions, long openTasks,
                  long overdueTasks) {
            this(departmentId, name, kind, reports.due() + contributions.due(),
                    reports.onTime() + contributions.onTime(),
                    Rate.of(reports.due() + contributions.due(), reports.onTime() + contributions.onTime()),
                    reports, contributions, openTasks, overdueTasks);
        }

        /**
         * The league's order: the highest on-time rate first, then fewer overdue tasks, then the name. A body with
         * nothing due yet has no rate and comes after every body that has one: it has not earned a place above a body
         * that reported everything on time.
         */
        static final Comparator<LeagueRow> RANKING = Comparator.comparing(LeagueRow::onTimeRate,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparingLong(LeagueRow::overdueTasks).thenComparing(LeagueRow::name);
    }

    /** @param onTimeRate onTime ÷ due, null when nothing was due */
    record Rate(long due, long onTime, @Nullable BigDecimal onTimeRate) {

        static final Rate NONE = new Rate(0, 0, null);

        Rate(long due, long onTime) {
            this(due, onTime, of(due, onTime));
        }

        static BigDecimal of(long due, long onTime) {
            return due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
        }
    }

    record LightCount(long periodId, String periodLabel, long green, long yellow, long red, long grey) {
    }
}
