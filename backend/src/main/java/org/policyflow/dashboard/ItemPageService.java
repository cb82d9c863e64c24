package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.policyflow.Rows;
import org.policyflow.dashboard.ItemPage.Body;
import org.policyflow.dashboard.ItemPage.Event;
import org.policyflow.dashboard.ItemPage.Figure;
import org.policyflow.dashboard.ItemPage.Target;
import org.policyflow.dashboard.ItemPage.WorkPlan;
import org.policyflow.dashboard.ItemPage.WorkPlanCell;
import org.policyflow.dashboard.ItemPage.WorkPlanRow;
import org.policyflow.identity.UserNames;
import org.policyflow.plan.BodyRole;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The item page: text, bodies and targets from the plan's views, figures and the timeline from the reporting and
 * escalation views (who did what when, Asia/Shanghai), the diagram position from Camunda's history. A body may open
 * only the items it takes part in.
 */
@Service
@Transactional(readOnly = true)
class ItemPageService {

    private record ItemHead(long id, long planId, String docNumber, String planTitle, String businessKey,
                            String label, String title, String text, String responsibilityNote) {
    }

    private record TargetHead(long id, String text, BigDecimal targetValue, String unit,
                              String comparator, LocalDate deadline) {
    }

    private static final RowMapper<Event> EVENT = ItemPageService::event;

    /**
     * What the reporting and escalation processes recorded about the item, and the moves of its instances to new
     * model versions, in the columns of their timeline views.
     */
    private static final String TIMELINE = """
            select at, kind, outcome, department_name, actor, period_label, detail
            from v_reporting_timeline where item_id = :item
            union all
            select at, kind, outcome, department_name, actor, period_label, detail
            from v_escalation_timeline where item_id = :item
            union all
            select at, kind, outcome, department_name, actor, period_label, detail
            from v_migration_timeline where item_id = :item
            """;

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final UserNames userNames;

    ItemPageService(JdbcClient jdbc, HistoryService historyService, RepositoryService repositoryService,
                    UserNames userNames) {
        this.userNames = userNames;
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    ItemPage page(long itemId, Viewer viewer) {
        ItemHead head = jdbc.sql("""
                select i.id, i.plan_id as planId, p.doc_number as docNumber, p.title as planTitle,
                  i.business_key as businessKey, i.label, i.title, i.text, i.responsibility_note as responsibilityNote
                from v_item i join v_plan p on p.id = i.plan_id where i.id = ?""").param(itemId)
                .query(Rows.of(ItemHead.class)).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "事项 " + itemId + " 不存在"));
        List<Body> bodies = new ArrayList<>(jdbc.sql("""
                select d.id, d.name, b.role from v_item_body b join v_department d on d.id = b.department_id
                where b.item_id = ? order by b.ordinal""")
                .param(itemId).query(Rows.of(Body.class)).list());
        bodies.sort(Comparator.comparing(body -> BodyRole.valueOf(body.role())));
        if (!viewer.seesAll() && bodies.stream().noneMatch(body -> viewer.departmentIds().contains(body.id()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "本单位未参与该事项,无权查看");
        }
        List<Event> events = jdbc.sql(TIMELINE).param("item", itemId).query(EVENT).list();
        WorkPlan workPlan = workPlan(itemId, viewer);
        // one lookup names the timeline's people and the work plan's submitter
        Map<String, String> names = userNames.of(Stream.concat(
                events.stream().flatMap(event -> Stream.of(event.actor(), event.requester())),
                Stream.ofNullable(workPlan == null ? null : workPlan.submittedBy())).toList());
        List<Event> timeline = new ArrayList<>(events.stream().map(event -> event.named(names)).toList());
        timeline.sort(Comparator.comparing(Event::at));
        return new ItemPage(head.id(), head.planId(), head.docNumber(), head.planTitle(), head.businessKey(),
                head.label(), head.title(), head.text(), head.responsibilityNote(), bodies, targets(itemId),
                timeline, process(head.businessKey()), workPlan == null ? null : workPlan.named(names));
    }

    private List<Target> targets(long itemId) {
        record FigureOf(long targetId, Figure figure) {
        }
        Map<Long, List<Figure>> history = jdbc.sql("""
                select target_id, period_label, revision, reported_value, expected_progress, rating
                from v_target_figure where item_id = ? order by period_ordinal, revision""").param(itemId)
                .query((rs, row) -> new FigureOf(rs.getLong("target_id"), new Figure(rs.getString("period_label"),
                        rs.getInt("revision"), rs.getBigDecimal("reported_value"),
                        rs.getBigDecimal("expected_progress"), rs.getString("rating"))))
                .list().stream().collect(Collectors.groupingBy(FigureOf::targetId,
                        Collectors.mapping(FigureOf::figure, Collectors.toList())));
        return jdbc.sql("""
                select id, text, target_value as targetValue, unit, comparator, deadline from v_target
                where item_id = ?
                order by ordinal""").param(itemId).query(Rows.of(TargetHead.class)).list().stream()
                .map(t -> new Target(t.id(), t.text(), t.targetValue(), t.unit(), t.comparator(), t.deadline(),
                        history.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /**
     * The lead's current work plan, pivoted to one row per target (in the plan's order) and a column per period, with
     * its open change request and whether the viewer may ask for one.
     */
    private WorkPlan workPlan(long itemId, Viewer viewer) {
        record Cell(OffsetDateTime at, String departmentId, String departmentName, String by, String period,
                    Integer targetOrdinal, String target, String unit, String milestone, BigDecimal plannedValue) {
        }
        List<Cell> cells = jdbc.sql("""
                select recorded_at, department_id, department_name, recorded_by, period_label, target_ordinal,
                  target_text, unit, milestone, planned_value
                from v_work_plan where item_id = ? order by target_ordinal, period_ordinal""").param(itemId)
                .query((rs, row) -> new Cell(DashboardService.local(rs.getTimestamp("recorded_at").toInstant()),
                        rs.getString("department_id"), rs.getString("department_name"), rs.getString("recorded_by"),
                        rs.getString("period_label"),
                        rs.getObject("target_ordinal", Integer.class), rs.getString("target_text"),
                        rs.getString("unit"), rs.getString("milestone"), rs.getBigDecimal("planned_value")))
                .list();
        if (cells.isEmpty()) {
            return null;
        }
        Map<Integer, List<Cell>> byTarget = cells.stream().collect(Collectors.groupingBy(
                cell -> cell.targetOrdinal() == null ? 0 : cell.targetOrdinal(), LinkedHashMap::new,
                Collectors.toList()));
        List<WorkPlanRow> rows = byTarget.values().stream().map(row -> new WorkPlanRow(row.get(0).target(),
                row.get(0).unit(), row.stream().map(cell -> new WorkPlanCell(cell.period(), cell.milestone(),
                        cell.plannedValue())).toList())).toList();
        Cell first = cells.get(0);
        OffsetDateTime changeRequestedAt = jdbc.sql(
                        "select requested_at from v_open_work_plan_change where item_id = ?").param(itemId)
                .query((rs, row) -> DashboardService.local(rs.getTimestamp(1).toInstant())).optional().orElse(null);
        return new WorkPlan(first.at(), first.departmentName(), first.by(),
                byTarget.values().iterator().next().stream().map(Cell::period).toList(), rows,
                changeRequestedAt == null && viewer.departmentIds().contains(first.departmentId()), changeRequestedAt);
    }

    /** The latest action-item instance of the business key; null before one was started. */
    private ItemPage.Process process(String businessKey) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).processDefinitionKey("action-item")
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return null;
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list();
        List<String> passed = activities.stream().filter(a -> a.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        List<String> current = activities.stream().filter(a -> a.getEndTime() == null)
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        return new ItemPage.Process(instance.getId(), instance.getProcessDefinitionId(), version(instance),
                instance.getEndTime() != null, passed, current);
    }

    /** The version the instance runs on now (a migration moves it); history's own record if it was deleted since. */
    private int version(HistoricProcessInstance instance) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(instance.getProcessDefinitionId()).singleResult();
        return definition != null ? definition.getVersion() : instance.getProcessDefinitionVersion();
    }

    private static Event event(ResultSet rs, int row) throws SQLException {
        return new Event(DashboardService.local(rs.getTimestamp("at").toInstant()), rs.getString("kind"),
                rs.getString("outcome"), rs.getString("department_name"), rs.getString("actor"), null,
                rs.getString("period_label"), rs.getString("detail"));
    }
}
