package org.policyflow.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.policyflow.Rows;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.plan.BodyRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes what was submitted through the processes into PolicyFlow's reporting tables (V21__reporting.sql) and reads
 * it back; an item's targets and the registry's bodies it reads through the views plan and department publish.
 */
@Repository
public class ReportingRecords {

    private final JdbcClient jdbc;
    private final EngineClock clock;

    public ReportingRecords(JdbcClient jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private Timestamp nowStamp() {
        return Timestamp.from(clock.instant());
    }

    void acknowledgement(long itemId, String departmentId, BodyRole role, AcknowledgementOutcome outcome,
            String comment, DelegateTask task) {
        jdbc.sql("""
                insert into pf_acknowledgement (item_id, department_id, role, outcome, comment, task_id, recorded_by,
                  recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, departmentId, role.name(), outcome.name(), comment, task.getId(),
                        FormValues.submitter(task), nowStamp())
                .update();
    }

    /** Supporting bodies and implementers that have acknowledged their part of the item. */
    List<String> acknowledgedParts(long itemId) {
        return jdbc.sql("select department_id from pf_acknowledgement where item_id = ? and role in (?, ?)")
                .params(itemId, BodyRole.SUPPORTING.name(), BodyRole.IMPLEMENTER.name()).query(String.class).list();
    }

    boolean departmentExists(String departmentId) {
        return jdbc.sql("select count(*) from v_department where id = ?").param(departmentId)
                .query(Long.class).single() > 0;
    }

    long workPlan(long itemId, String departmentId, DelegateTask task) {
        return insert("""
                insert into pf_work_plan (item_id, department_id, task_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""", itemId, departmentId, task.getId(), FormValues.submitter(task), nowStamp());
    }

    void milestone(long workPlanId, long periodId, Long targetId, String description, BigDecimal plannedValue) {
        jdbc.sql("""
                insert into pf_milestone (work_plan_id, period_id, target_id, description, planned_value)
                values (?, ?, ?, ?, ?)""").params(workPlanId, periodId, targetId, description, plannedValue).update();
    }

    long contribution(long itemId, long periodId, String departmentId, String narrative, String evidence,
            DelegateTask task) {
        return insert("""
                insert into pf_contribution (item_id, period_id, department_id, narrative, evidence, task_id,
                  recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                itemId, periodId, departmentId, narrative, evidence, task.getId(), FormValues.submitter(task),
                nowStamp());
    }

    /** The next revision of the item's report for the period. */
    long report(long itemId, long periodId, String departmentId, String narrative, String problems,
            String nextSteps, int daysLate, DelegateTask task) {
        int revision = jdbc.sql("select count(*) from pf_report where item_id = ? and period_id = ?")
                .params(itemId, periodId).query(Integer.class).single() + 1;
        return insert("""
                insert into pf_report (item_id, period_id, revision, department_id, narrative, problems, next_steps,
                  days_late, task_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                itemId, periodId, revision, departmentId, narrative, problems, nextSteps, daysLate, task.getId(),
                FormValues.submitter(task), nowStamp());
    }

    void targetValue(long targetId, Long reportId, Long contributionId, BigDecimal value) {
        jdbc.sql("""
                insert into pf_target_value (target_id, report_id, contribution_id, reported_value)
                values (?, ?, ?, ?)""").params(targetId, reportId, contributionId, value).update();
    }

    /** A numeric target of an item as the report's figures refer to it. */
    public record Target(long id, String text, BigDecimal targetValue, String unit, String comparator) {

        /** Units of a share, a score, a multiple or a duration: the bodies' figures of these do not add up. */
        private static final Set<String> NOT_ADDING_UP = Set.of("%", "‰", "个百分点", "分", "倍", "个工作日");

        /**
         * Whether the item's figure is the sum of its bodies' figures: a count or an amount (家, 个, 人, 万元 …) to be
         * reached, not a share, score, multiple or duration, and not a ceiling (不超过, 压缩至: AT_MOST).
         */
        boolean addsUp() {
            return !NOT_ADDING_UP.contains(unit) && !"AT_MOST".equals(comparator);
        }
    }

    public List<Target> targets(long itemId) {
        // columns named as the record's components: a snake_case name costs the row mapper a driver exception first
        return jdbc.sql("select id, text, target_value as targetValue, unit, comparator from v_target "
                + "where item_id = ? order by ordinal")
                .param(itemId).query(Rows.of(Target.class)).list();
    }

    /** The figures of the item's latest report for the period, by target id (empty before the first report). */
    List<ReportedValue> latestReportValues(long itemId, long periodId) {
        return jdbc.sql("""
                select v.target_id as targetId, v.reported_value as reportedValue
                from pf_target_value v join pf_report r on r.id = v.report_id
                where r.item_id = ? and r.period_id = ? and r.revision =
                  (select max(revision) from pf_report where item_id = ? and period_id = ?)""")
                .params(itemId, periodId, itemId, periodId).query(Rows.of(ReportedValue.class)).list();
    }

    record ReportedValue(long targetId, BigDecimal reportedValue) {
    }

    /** The figures a contribution gave. */
    List<ReportedValue> contributionValues(long contributionId) {
        return jdbc.sql("select target_id as targetId, reported_value as reportedValue from pf_target_value "
                + "where contribution_id = ?")
                .param(contributionId).query(Rows.of(ReportedValue.class)).list();
    }

    List<ReportedValue> reportValues(long reportId) {
        return jdbc.sql("select target_id as targetId, reported_value as reportedValue from pf_target_value "
                + "where report_id = ?")
                .param(reportId).query(Rows.of(ReportedValue.class)).list();
    }

    /** What the lead wrote in a report revision, as its next revision starts from it. */
    record ReportText(String narrative, String problems, String nextSteps) {
    }

    /** The texts of the item's latest report revision for the period; empty before the first report. */
    Optional<ReportText> latestReportText(long itemId, long periodId) {
        return jdbc.sql("""
                select narrative, problems, next_steps as nextSteps from pf_report
                where item_id = ? and period_id = ? order by revision desc limit 1""")
                .params(itemId, periodId).query(Rows.of(ReportText.class)).optional();
    }

    record ReportSummary(int revision, String narrative, String problems, String nextSteps, int daysLate,
            String rating) {
    }

    ReportSummary reportSummary(long reportId) {
        return jdbc.sql("select revision, narrative, problems, next_steps as nextSteps, days_late as daysLate, "
                + "rating from pf_report where id = ?")
                .param(reportId).query(Rows.of(ReportSummary.class)).single();
    }

    /** A contributor's latest material for a period; id and recordedAt null when it has not submitted. */
    record ContributionState(String departmentId, String departmentName, Long id, Timestamp recordedAt,
            String narrative, String evidence) {
    }

    /** Each body's latest contribution to the item's period, in the order given; those missing with no material. */
    List<ContributionState> contributionStates(long itemId, long periodId, List<String> departmentIds) {
        return departmentIds.stream().map(department -> jdbc.sql("""
                        select d.id as departmentId, d.name as departmentName, c.id, c.recorded_at as recordedAt,
                          c.narrative, c.evidence
                        from v_department d
                        left join pf_contribution c on c.department_id = d.id and c.item_id = ? and c.period_id = ?
                          and c.id = (select max(x.id) from pf_contribution x where x.department_id = d.id
                                      and x.item_id = ? and x.period_id = ?)
                        where d.id = ?""")
                .params(itemId, periodId, itemId, periodId, department)
                .query(Rows.of(ContributionState.class)).single()).toList();
    }

    /** How many contributions were still missing when the lead submitted this report revision. */
    void contributionsMissing(long reportId, int missing) {
        jdbc.sql("update pf_report set contributions_missing = ? where id = ?").params(missing, reportId).update();
    }

    record RatedValue(String targetText, BigDecimal reportedValue, String unit, String rating) {
    }

    List<RatedValue> ratedValues(long reportId) {
        return jdbc.sql("""
                select t.text as targetText, v.reported_value as reportedValue, t.unit, v.rating from pf_target_value v
                join v_target t on t.id = v.target_id where v.report_id = ? order by t.ordinal""")
                .param(reportId).query(Rows.of(RatedValue.class)).list();
    }

    void rateTarget(long reportId, long targetId, BigDecimal expectedProgress, String rating) {
        jdbc.sql("update pf_target_value set expected_progress = ?, rating = ? where report_id = ? and target_id = ?")
                .params(expectedProgress, rating, reportId, targetId).update();
    }

    void rateReport(long reportId, String rating) {
        jdbc.sql("update pf_report set rating = ? where id = ?").params(rating, reportId).update();
    }

    int daysLate(long reportId) {
        return jdbc.sql("select days_late from pf_report where id = ?").param(reportId).query(Integer.class).single();
    }

    /** @return how often the item's report for the period has now been returned */
    int review(long reportId, ReviewDecision decision, String comment, DelegateTask task) {
        jdbc.sql("""
                insert into pf_review (report_id, decision, comment, task_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(reportId, decision.name(), comment, task.getId(), FormValues.submitter(task), nowStamp())
                .update();
        return jdbc.sql("""
                select count(*) from pf_review v join pf_report r on r.id = v.report_id
                where v.decision = ? and (r.item_id, r.period_id) =
                  (select item_id, period_id from pf_report where id = ?)""")
                .params(ReviewDecision.RETURNED.name(), reportId).query(Integer.class).single();
    }

    /** The latest rating of each of these items (items without a rated report are left out). */
    public Map<Long, String> latestRatings(Collection<Long> itemIds) {
        Map<Long, String> ratings = new HashMap<>();
        jdbc.sql("""
                select item_id, rating from pf_report
                where item_id in (:items) and rating is not null
                order by recorded_at, id""")
                .param("items", itemIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> ratings.put(entry.getKey(), entry.getValue()));
        return ratings;
    }

    long extensionRequested(long itemId, long periodId, String departmentId, String reason, Instant previousDue,
            Instant requestedDue) {
        return insert("""
                insert into pf_extension (item_id, period_id, department_id, reason, previous_due_at,
                  requested_due_at, status, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                itemId, periodId, departmentId, reason, Timestamp.from(previousDue), Timestamp.from(requestedDue),
                ExtensionStatus.REQUESTED.name(), nowStamp());
    }

    /** Records the decision on an extension request and says what it decided. */
    ExtensionDecided extensionDecided(long extensionId, boolean approved, String comment) {
        jdbc.sql("update pf_extension set status = ?, review_comment = ?, decided_at = ? where id = ?")
                .params((approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED).name(), comment, nowStamp(),
                        extensionId).update();
        return jdbc.sql("""
                select item_id, period_id, department_id, requested_due_at, previous_due_at from pf_extension
                where id = ?""").param(extensionId)
                .query((rs, n) -> new ExtensionDecided(rs.getLong(1), rs.getLong(2), rs.getString(3), approved,
                        rs.getTimestamp(approved ? 4 : 5).toInstant(), comment))
                .single();
    }

    /**
     * @param periodId null for a task of no reporting period (签收)
     * @return when it was sent
     */
    Instant reminder(long itemId, Long periodId, String departmentId, String kind, Instant dueAt) {
        Timestamp now = nowStamp();
        jdbc.sql("""
                insert into pf_reminder (item_id, period_id, department_id, kind, due_at, sent_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(itemId, periodId, departmentId, kind, Timestamp.from(dueAt), now).update();
        return now.toInstant();
    }

    void assessment(long itemId, String result, int score, String comment, DelegateTask task) {
        jdbc.sql("""
                insert into pf_assessment (item_id, result, score, comment, task_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, result, score, comment, task.getId(), FormValues.submitter(task), nowStamp())
                .update();
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
