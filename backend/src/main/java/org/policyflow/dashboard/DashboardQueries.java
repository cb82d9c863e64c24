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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's and the ledger's reads: aggregates over PolicyFlow's own tables of one plan. Columns read into a
 * record are named as its components (doc_number as docNumber): the row mapper looks for the component's name first
 * and, for a snake_case column, met a driver exception per row and column (H2 also wrote each to its trace file),
 * which made most of the dashboard's time (docs/BENCHMARKS.md).
 */
@Repository
class DashboardQueries {

    record PlanRow(long id, String docNumber, String title) {
    }

    record PeriodRow(long id, int ordinal, String label, String kind, Instant startsAt, Instant endsAt,
                     Instant dueAt) {
    }

    record ItemRow(long id, int number, String label, String title, String leadId, String leadName) {
    }

    record ReportRow(long id, long itemId, long periodId, int revision, String rating, int daysLate,
                     String narrative, Instant recordedAt, String reviewDecision) {
    }

    record TargetRow(long id, long itemId, int ordinal, String text, BigDecimal targetValue, String unit,
                     String comparator, LocalDate deadline) {
    }

    /** A lead's figure for a target in one revision of one period's report. */
    record FigureRow(long targetId, long reportId, int periodOrdinal, String periodLabel, int revision,
                     BigDecimal reportedValue, BigDecimal expectedProgress, String rating) {
    }

    record SubmissionRow(String departmentId, long due, long onTime) {
    }

    record BodyRow(String id, String name, String kind) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanRow> plans() {
        return jdbc.sql("select id, doc_number as docNumber, title from pf_plan order by id").query(PlanRow.class)
                .list();
    }

    List<PeriodRow> periods(long planId) {
        return jdbc.sql("""
                select id, ordinal, label, kind, starts_at, ends_at, due_at from pf_reporting_period
                where plan_id = ? order by ordinal""").param(planId)
                .query((rs, row) -> new PeriodRow(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("label"),
                        rs.getString("kind"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                        instant(rs, "due_at")))
                .list();
    }

    List<ItemRow> items(long planId) {
        return jdbc.sql("""
                select i.id, i.number, i.label, i.title, b.department_id as leadId, d.name as leadName
                from pf_item i
                left join pf_item_body b on b.item_id = i.id and b.role = 'LEAD'
                left join pf_department d on d.id = b.department_id
                where i.plan_id = ? order by i.number""").param(planId).query(ItemRow.class).list();
    }

    /** Items of the plan that any of the bodies takes part in (lead, supporting or implementing). */
    Set<Long> itemsOf(long planId, Collection<String> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct b.item_id from pf_item_body b join pf_item i on i.id = b.item_id
                where i.plan_id = :plan and b.department_id in (:bodies)""")
                .param("plan", planId).param("bodies", departmentIds).query(Long.class).list());
    }

    /** Every revision of every report of the plan, oldest revision first, with the latest review's decision. */
    List<ReportRow> reports(long planId) {
        return jdbc.sql("""
                select r.id, r.item_id, r.period_id, r.revision, r.rating, r.days_late, r.narrative, r.recorded_at,
                  (select max(v.decision) from pf_review v where v.report_id = r.id) as review_decision
                from pf_report r join pf_item i on i.id = r.item_id
                where i.plan_id = ? order by r.item_id, r.period_id, r.revision""").param(planId)
                .query((rs, row) -> new ReportRow(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("period_id"),
                        rs.getInt("revision"), rs.getString("rating"), rs.getInt("days_late"),
                        rs.getString("narrative"), instant(rs, "recorded_at"), rs.getString("review_decision")))
                .list();
    }

    List<TargetRow> targets(long planId) {
        return jdbc.sql("""
                select t.id, t.item_id as itemId, t.ordinal, t.text, t.target_value as targetValue, t.unit,
                  t.comparator, t.deadline
                from pf_target t join pf_item i on i.id = t.item_id
                where i.plan_id = ? order by i.number, t.ordinal""").param(planId).query(TargetRow.class).list();
    }

    /** The lead's figures of the plan's targets, in reporting order (period, then revision). */
    List<FigureRow> figures(long planId) {
        return jdbc.sql("""
                select v.target_id as targetId, r.id as reportId, p.ordinal as periodOrdinal, p.label as periodLabel,
                  r.revision, v.reported_value as reportedValue, v.expected_progress as expectedProgress, v.rating
                from pf_target_value v
                join pf_report r on r.id = v.report_id
                join pf_reporting_period p on p.id = r.period_id
                join pf_item i on i.id = r.item_id
                where i.plan_id = ? order by p.ordinal, r.revision""").param(planId).query(FigureRow.class).list();
    }

    List<BodyRow> bodies(long planId) {
        return jdbc.sql("""
                select distinct d.id, d.name, d.kind from pf_department d
                join pf_item_body b on b.department_id = d.id join pf_item i on i.id = b.item_id
                where i.plan_id = ?""").param(planId).query(BodyRow.class).list();
    }

    /**
     * Per body, the submissions that were due or made: a lead's first report revision of each period (on time
     * when rated 0 days late, which follows approved extensions), a supporting body's or implementer's first
     * contribution (on time when made by the period's due date).
     */
    List<SubmissionRow> submissions(long planId, Instant now) {
        return jdbc.sql("""
                select b.department_id as departmentId, count(*) as due,
                  sum(case when (b.role = 'LEAD' and r.days_late = 0)
                            or (b.role <> 'LEAD' and c.first_at <= p.due_at) then 1 else 0 end) as onTime
                from pf_item_body b
                join pf_item i on i.id = b.item_id
                join pf_reporting_period p on p.plan_id = i.plan_id
                left join pf_report r on b.role = 'LEAD' and r.item_id = b.item_id and r.period_id = p.id
                  and r.revision = 1
                left join (select item_id, period_id, department_id, min(recorded_at) as first_at
                           from pf_contribution group by item_id, period_id, department_id) c
                  on b.role <> 'LEAD' and c.item_id = b.item_id and c.period_id = p.id
                  and c.department_id = b.department_id
                where i.plan_id = ? and (p.due_at < ? or r.id is not null or c.first_at is not null)
                group by b.department_id""").params(planId, Timestamp.from(now)).query(SubmissionRow.class).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
