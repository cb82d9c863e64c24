package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.policyflow.dashboard.ItemPage.Body;
import org.policyflow.dashboard.ItemPage.Event;
import org.policyflow.dashboard.ItemPage.Figure;
import org.policyflow.dashboard.ItemPage.Target;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The item page: text and bodies from the plan's tables, the timeline from the reporting and escalation tables
 * (who did what when, Asia/Shanghai), the diagram position from Camunda's history. A body may open only the items
 * it takes part in.
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

    /** Every table that records something done to an item, as rows of (at, kind, outcome, body, actor, period, detail). */
    private static final String TIMELINE = """
            select a.recorded_at as at, cast('ACKNOWLEDGEMENT' as varchar(32)) as kind, a.outcome, d.name as department_name,
              a.recorded_by as actor, cast(null as varchar(40)) as period_label, a.comment as detail
            from pf_acknowledgement a join pf_department d on d.id = a.department_id where a.item_id = :item
            union all
            select w.recorded_at, 'WORK_PLAN', null, d.name, w.recorded_by, null, null
            from pf_work_plan w join pf_department d on d.id = w.department_id where w.item_id = :item
            union all
            select c.recorded_at, 'CONTRIBUTION', null, d.name, c.recorded_by, p.label, c.narrative
            from pf_contribution c join pf_department d on d.id = c.department_id
            join pf_reporting_period p on p.id = c.period_id where c.item_id = :item
            union all
            select r.recorded_at, 'REPORT', r.rating, d.name, r.recorded_by, p.label,
              cast(r.revision as varchar(10)) || '|' || r.narrative
            from pf_report r join pf_department d on d.id = r.department_id
            join pf_reporting_period p on p.id = r.period_id where r.item_id = :item
            union all
            select v.recorded_at, 'REVIEW', v.decision, null, v.recorded_by, p.label, v.comment
            from pf_review v join pf_report r on r.id = v.report_id
            join pf_reporting_period p on p.id = r.period_id where r.item_id = :item
            union all
            select x.requested_at, 'EXTENSION_REQUESTED', null, d.name, null, p.label, x.reason
            from pf_extension x join pf_department d on d.id = x.department_id
            join pf_reporting_period p on p.id = x.period_id where x.item_id = :item
            union all
            select x.decided_at, 'EXTENSION_DECIDED', x.status, d.name, null, p.label, x.review_comment
            from pf_extension x join pf_department d on d.id = x.department_id
            join pf_reporting_period p on p.id = x.period_id where x.item_id = :item and x.decided_at is not null
            union all
            select m.sent_at, 'REMINDER', m.kind, d.name, null, p.label, null
            from pf_reminder m join pf_department d on d.id = m.department_id
            join pf_reporting_period p on p.id = m.period_id where m.item_id = :item
            union all
            select e.opened_at, 'ESCALATION', e.trigger_type, d.name, null, e.period_label, e.reason
            from pf_escalation e join pf_department d on d.id = e.department_id where e.item_id = :item
            union all
            select n.issued_at, 'NOTICE', n.level, d.name, n.issued_by, e.period_label, n.requirements
            from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
            join pf_department d on d.id = e.department_id where e.item_id = :item
            union all
            select n.answered_at, 'RECTIFICATION', n.check_result, d.name, n.answered_by, e.period_label,
              n.rectification
            from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
            join pf_department d on d.id = e.department_id where e.item_id = :item and n.answered_at is not null
            union all
            select s.recorded_at, 'ASSESSMENT', s.result, null, s.recorded_by, null,
              cast(s.score as varchar(10)) || '|' || s.comment
            from pf_assessment s where s.item_id = :item
            """;

    private final JdbcClient jdbc;
    private final HistoryService historyService;

    ItemPageService(JdbcClient jdbc, HistoryService historyService) {
        this.jdbc = jdbc;
        this.historyService = historyService;
    }

    ItemPage page(long itemId, Viewer viewer) {
        ItemHead head = jdbc.sql("""
                select i.id, i.plan_id as planId, p.doc_number as docNumber, p.title as planTitle,
                  i.business_key as businessKey, i.label, i.title, i.text, i.responsibility_note as responsibilityNote
                from pf_item i join pf_plan p on p.id = i.plan_id where i.id = ?""").param(itemId)
                .query(ItemHead.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "事项 " + itemId + " 不存在"));
        List<Body> bodies = jdbc.sql("""
                select d.id, d.name, b.role from pf_item_body b join pf_department d on d.id = b.department_id
                where b.item_id = ?
                order by case b.role when 'LEAD' then 0 when 'SUPPORTING' then 1 else 2 end, b.ordinal""")
                .param(itemId).query(Body.class).list();
        if (!viewer.seesAll() && bodies.stream().noneMatch(body -> viewer.departmentIds().contains(body.id()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "本单位未参与该事项,无权查看");
        }
        List<Event> timeline = new ArrayList<>(jdbc.sql(TIMELINE).param("item", itemId).query(EVENT).list());
        timeline.sort(Comparator.comparing(Event::at));
        return new ItemPage(head.id(), head.planId(), head.docNumber(), head.planTitle(), head.businessKey(),
                head.label(), head.title(), head.text(), head.responsibilityNote(), bodies, targets(itemId),
                timeline, process(head.businessKey()));
    }

    private List<Target> targets(long itemId) {
        record FigureOf(long targetId, Figure figure) {
        }
        Map<Long, List<Figure>> history = jdbc.sql("""
                select v.target_id, p.label as period_label, r.revision, v.reported_value, v.expected_progress,
                  v.rating
                from pf_target_value v join pf_report r on r.id = v.report_id
                join pf_reporting_period p on p.id = r.period_id
                where r.item_id = ? order by p.ordinal, r.revision""").param(itemId)
                .query((rs, row) -> new FigureOf(rs.getLong("target_id"), new Figure(rs.getString("period_label"),
                        rs.getInt("revision"), rs.getBigDecimal("reported_value"),
                        rs.getBigDecimal("expected_progress"), rs.getString("rating"))))
                .list().stream().collect(Collectors.groupingBy(FigureOf::targetId,
                        Collectors.mapping(FigureOf::figure, Collectors.toList())));
        return jdbc.sql("""
                select id, text, target_value as targetValue, unit, comparator, deadline from pf_target
                where item_id = ?
                order by ordinal""").param(itemId).query(TargetHead.class).list().stream()
                .map(t -> new Target(t.id(), t.text(), t.targetValue(), t.unit(), t.comparator(), t.deadline(),
                        history.getOrDefault(t.id(), List.of())))
                .toList();
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
        return new ItemPage.Process(instance.getId(), instance.getProcessDefinitionId(), instance.getEndTime() != null,
                passed, current);
    }

    private static Event event(ResultSet rs, int row) throws SQLException {
        return new Event(DashboardService.local(rs.getTimestamp("at").toInstant()), rs.getString("kind"),
                rs.getString("outcome"), rs.getString("department_name"), rs.getString("actor"),
                rs.getString("period_label"), rs.getString("detail"));
    }
}
