package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.policyflow.Rows;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.CalendarStore;
import org.policyflow.plan.BodyRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's and the ledger's reads of one plan, from what the owners publish: the views of plan, department,
 * reporting and inbox, and the periods from the calendar's store. Columns read into a record are named as its
 * components (doc_number as docNumber): the row mapper looks for the component's name first and, for a snake_case
 * column, met a driver exception per row and column (H2 also wrote each to its trace file), which made most of the
 * dashboard's time (docs/BENCHMARKS.md).
 */
@Repository
class DashboardQueries {

    record PlanRow(long id, String docNumber, String title) {
    }

    record ItemRow(long id, int number, String label, String title, String leadId, String leadName) {
    }

    /** @param contributionsMissing contributions still missing when the lead submitted; null before V101 */
    record ReportRow(long id, long itemId, long periodId, int revision, String rating, int daysLate,
                     String narrative, Instant recordedAt, String reviewDecision, Integer contributionsMissing) {
    }

    record TargetRow(long id, long itemId, int ordinal, String text, BigDecimal targetValue, String unit,
                     String comparator, LocalDate deadline) {
    }

    /** A lead's figure for a target in one revision of one period's report. */
    record FigureRow(long targetId, long reportId, int periodOrdinal, String periodLabel, int revision,
                     BigDecimal reportedValue, BigDecimal expectedProgress, String rating) {
    }

    /** @param kind REPORT (a lead's report) or CONTRIBUTION (a supporting body's or implementer's material) */
    /** A report or contribution due or made by now: {@code row} says which, {@code onTime} whether it came in time. */
    record SubmissionRow(LateRow row, boolean onTime) {
    }

    /**
     * A submission that was not made by its due date, now past: a lead's report (late or missing) or a contribution.
     *
     * @param submitted made after the due date; false: still missing
     * @param daysLate  a lead's first report revision: its days late; null for a contribution or a missing report
     */
    record LateRow(long itemId, long periodId, String departmentId, String name, String kind, boolean submitted,
                   Integer daysLate) {

        boolean report() {
            return "REPORT".equals(kind);
        }
    }

    record BodyRow(String id, String name, String kind) {
    }

    private final JdbcClient jdbc;
    private final CalendarStore calendar;

    DashboardQueries(JdbcClient jdbc, CalendarStore calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    List<PlanRow> plans() {
        return jdbc.sql("select id, doc_number as docNumber, title from v_plan order by id")
                .query(Rows.of(PlanRow.class)).list();
    }

    /** The plan's reporting periods in order. */
    List<StoredPeriod> periods(long planId) {
        return calendar.periodsOf(planId);
    }

    List<ItemRow> items(long planId) {
        return jdbc.sql("""
                select i.id, i.number, i.label, i.title, b.department_id as leadId, d.name as leadName
                from v_item i
                left join v_item_body b on b.item_id = i.id and b.role = :lead
                left join v_department d on d.id = b.department_id
                where i.plan_id = :plan order by i.number""")
                .param("lead", BodyRole.LEAD.name()).param("plan", planId).query(Rows.of(ItemRow.class)).list();
    }

    /** Items of the plan that any of the bodies takes part in (lead, supporting or implementing). */
    Set<Long> itemsOf(long planId, Collection<String> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct b.item_id from v_item_body b join v_item i on i.id = b.item_id
                where i.plan_id = :plan and b.department_id in (:bodies)""")
                .param("plan", planId).param("bodies", departmentIds).query(Long.class).list());
    }

    /** Every revision of every report of the plan, oldest revision first, with the latest review's decision. */
    List<ReportRow> reports(long planId) {
        return jdbc.sql("""
                select id, item_id, period_id, revision, rating, days_late, narrative, recorded_at, review_decision,
                  contributions_missing
                from v_report where plan_id = ? order by item_id, period_id, revision""").param(planId)
                .query((rs, row) -> new ReportRow(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("period_id"),
                        rs.getInt("revision"), rs.getString("rating"), rs.getInt("days_late"),
                        rs.getString("narrative"), instant(rs, "recorded_at"), rs.getString("review_decision"),
                        rs.getObject("contributions_missing", Integer.class)))
                .list();
    }

    List<TargetRow> targets(long planId) {
        return jdbc.sql("""
                select t.id, t.item_id as itemId, t.ordinal, t.text, t.target_value as targetValue, t.unit,
                  t.comparator, t.deadline
                from v_target t join v_item i on i.id = t.item_id
                where i.plan_id = ? order by i.number, t.ordinal""").param(planId)
                .query(Rows.of(TargetRow.class)).list();
    }

    /** The lead's figures of the plan's targets, in reporting order (period, then revision). */
    List<FigureRow> figures(long planId) {
        return jdbc.sql("""
                select target_id as targetId, report_id as reportId, period_ordinal as periodOrdinal,
                  period_label as periodLabel, revision, reported_value as reportedValue,
                  expected_progress as expectedProgress, rating
                from v_target_figure where plan_id = ? order by period_ordinal, revision""").param(planId)
                .query(Rows.of(FigureRow.class)).list();
    }

    List<BodyRow> bodies(long planId) {
        return jdbc.sql("""
                select distinct d.id, d.name, d.kind from v_department d
                join v_item_body b on b.department_id = d.id join v_item i on i.id = b.item_id
                where i.plan_id = ?""").param(planId).query(Rows.of(BodyRow.class)).list();
    }

    /**
     * Every report and contribution of the plan that was due or made by now (v_submission), one row each, with its
     * body's name: the league table counts them per body and kind (a lead on its own reports, a contributor on its own
     * material), and those not on time say whose lateness it is. One read of the view serves both.
     */
    List<SubmissionRow> submissions(long planId, Instant now) {
        return jdbc.sql("""
                select s.item_id, s.period_id, s.department_id, d.name, s.kind, s.submitted, s.on_time, s.days_late
                from v_submission s join v_department d on d.id = s.department_id
                where s.plan_id = ? and (s.due_at < ? or s.submitted = 1)
                order by s.item_id, s.period_id, s.kind, d.name""").params(planId, Timestamp.from(now))
                .query((rs, row) -> new SubmissionRow(new LateRow(rs.getLong("item_id"), rs.getLong("period_id"),
                        rs.getString("department_id"), rs.getString("name"), rs.getString("kind"),
                        rs.getInt("submitted") == 1, rs.getObject("days_late", Integer.class)),
                        rs.getInt("on_time") == 1))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
