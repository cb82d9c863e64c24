package org.policyflow.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.policyflow.engine.EngineClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 工作计划调整申请 in pf_work_plan_change and pf_work_plan_change_cell: the lead's request with every cell proposed,
 * the office's decision, and on approval the new pf_work_plan made from the proposed cells.
 */
@Repository
class WorkPlanChangeRecords {

    /** An item's current work plan: the latest the lead submitted or the office approved. */
    record CurrentPlan(long id, String departmentId) {
    }

    /** A cell of the current plan in its order (period by period, target by target), with what it holds. */
    record PlanCell(WorkPlanCells.Cell cell, String milestone, BigDecimal plannedValue) {
    }

    /** An item as the request names it: its business key and the label its task titles show. */
    record ItemRef(String businessKey, String label) {
    }

    private final JdbcClient jdbc;
    private final EngineClock clock;

    WorkPlanChangeRecords(JdbcClient jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ItemRef> item(long itemId) {
        return jdbc.sql("select business_key, label, title from v_item where id = ?").param(itemId)
                .query((rs, n) -> new ItemRef(rs.getString("business_key"),
                        ActionItemStarter.itemLabel(rs.getString("label"), rs.getString("title"))))
                .optional();
    }

    Optional<CurrentPlan> currentPlan(long itemId) {
        return jdbc.sql("""
                select id, department_id from pf_work_plan where item_id = ?
                order by id desc fetch first 1 rows only""")
                .param(itemId).query((rs, n) -> new CurrentPlan(rs.getLong("id"), rs.getString("department_id")))
                .optional();
    }

    List<PlanCell> cells(long workPlanId) {
        return jdbc.sql("""
                select m.period_id, p.label as period_label, m.target_id, t.text as target_text, t.unit,
                  m.description, m.planned_value
                from pf_milestone m join v_reporting_period p on p.id = m.period_id
                left join v_target t on t.id = m.target_id
                where m.work_plan_id = ? order by p.ordinal, t.ordinal""").param(workPlanId)
                .query(WorkPlanChangeRecords::planCell).list();
    }

    /** The proposed cells of a request, in the order of its base plan's cells. */
    List<PlanCell> proposed(long changeId) {
        return jdbc.sql("""
                select c.period_id, p.label as period_label, c.target_id, t.text as target_text, t.unit,
                  c.description, c.planned_value
                from pf_work_plan_change_cell c join v_reporting_period p on p.id = c.period_id
                left join v_target t on t.id = c.target_id
                where c.change_id = ? order by c.position""").param(changeId)
                .query(WorkPlanChangeRecords::planCell).list();
    }

    /** Whether the item has a request the office has not decided yet. */
    boolean hasOpen(long itemId) {
        return jdbc.sql("select count(*) from pf_work_plan_change where open_item_id = ?").param(itemId)
                .query(Long.class).single() > 0;
    }

    /** Records an open request; the unique open_item_id refuses a second open one of the item (DuplicateKey). */
    long request(long itemId, String departmentId, long baseWorkPlanId, String reason, int changedCells,
                 String requestedBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pf_work_plan_change (item_id, department_id, base_work_plan_id, reason, requested_by,
                  requested_at, status, open_item_id, changed_cells) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(itemId, departmentId, baseWorkPlanId, reason, requestedBy, now(), itemId, changedCells)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void cell(long changeId, int position, WorkPlanCells.Cell cell, WorkPlanCells.Milestone milestone) {
        jdbc.sql("""
                insert into pf_work_plan_change_cell (change_id, position, period_id, target_id, description,
                  planned_value) values (?, ?, ?, ?, ?, ?)""")
                .params(changeId, position, cell.periodId(), cell.targetId(), milestone.text(),
                        milestone.plannedValue()).update();
    }

    void processInstance(long changeId, String processInstanceId) {
        jdbc.sql("update pf_work_plan_change set process_instance_id = ? where id = ?")
                .params(processInstanceId, changeId).update();
    }

    long basePlan(long changeId) {
        return jdbc.sql("select base_work_plan_id from pf_work_plan_change where id = ?").param(changeId)
                .query(Long.class).single();
    }

    /** The decision recorded by {@link #decide}, as the lead is told it. */
    WorkPlanChangeDecided decided(long changeId) {
        return jdbc.sql("select item_id, department_id, status, review_comment from pf_work_plan_change where id = ?")
                .param(changeId).query((rs, n) -> new WorkPlanChangeDecided(rs.getLong("item_id"),
                        rs.getString("department_id"), "APPROVED".equals(rs.getString("status")),
                        rs.getString("review_comment"))).single();
    }

    /** The office's decision: the request is no longer open. */
    void decide(long changeId, boolean approved, String comment, String decidedBy) {
        jdbc.sql("""
                update pf_work_plan_change set status = ?, open_item_id = null, decided_by = ?, decided_at = ?,
                  review_comment = ? where id = ?""")
                .params(approved ? "APPROVED" : "RETURNED", decidedBy, now(), comment, changeId).update();
    }

    /** The approved request's cells become the item's current work plan, written as the lead's (it proposed them). */
    long adopt(long changeId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pf_work_plan (item_id, department_id, recorded_by, recorded_at)
                select item_id, department_id, requested_by, ? from pf_work_plan_change where id = ?""")
                .params(now(), changeId).update(keys, "id");
        long workPlanId = keys.getKey().longValue();
        jdbc.sql("""
                insert into pf_milestone (work_plan_id, period_id, target_id, description, planned_value)
                select ?, period_id, target_id, description, planned_value from pf_work_plan_change_cell
                where change_id = ? order by position""").params(workPlanId, changeId).update();
        jdbc.sql("update pf_work_plan_change set work_plan_id = ? where id = ?").params(workPlanId, changeId)
                .update();
        return workPlanId;
    }

    private static PlanCell planCell(ResultSet rs, int row) throws SQLException {
        String target = rs.getString("target_text");
        return new PlanCell(new WorkPlanCells.Cell(rs.getLong("period_id"), rs.getString("period_label"),
                rs.getObject("target_id", Long.class), target == null ? WorkPlanCells.WHOLE_ITEM : target,
                rs.getString("unit")), rs.getString("description"), rs.getBigDecimal("planned_value"));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
