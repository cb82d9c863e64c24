package org.policyflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.dashboard.DashboardQueries.ItemRow;
import org.policyflow.dashboard.DashboardQueries.LateRow;
import org.policyflow.dashboard.DashboardQueries.PlanRow;
import org.policyflow.dashboard.DashboardQueries.ReportRow;
import org.policyflow.engine.EngineClock;
import org.policyflow.escalation.EscalationQueue;
import org.policyflow.paper.Paper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查通报 of one reporting period of a plan, titled by the plan and the period (not numbered): each item's light and
 * how its report came in, the late bodies (the lead's own lateness apart from contributions still missing), the
 * reports returned, the 督办单 issued between the period's start and its end (an annual period's are the year's),
 * and the league table of the dashboard ({@link Dashboard.LeagueRow#RANKING}).
 */
@Service
@Transactional(readOnly = true)
class BulletinPaper {


    private final DashboardQueries queries;
    private final DashboardService dashboard;
    private final EscalationQueue escalations;
    private final EngineClock clock;

    BulletinPaper(DashboardQueries queries, DashboardService dashboard, EscalationQueue escalations,
                  EngineClock clock) {
        this.queries = queries;
        this.dashboard = dashboard;
        this.escalations = escalations;
        this.clock = clock;
    }

    Paper paper(long planId, long periodId) {
        PlanRow plan = dashboard.plan(planId);
        List<StoredPeriod> periods = queries.periods(plan.id());
        StoredPeriod period = LedgerExport.period(periods, periodId, List.of());
        Instant now = clock.instant();
        Map<Long, List<ReportRow>> revisions = queries.reports(plan.id()).stream()
                .filter(report -> report.periodId() == periodId)
                .collect(Collectors.groupingBy(ReportRow::itemId));
        Map<String, ReportRow> latestReports = new HashMap<>();
        revisions.forEach((itemId, reports) -> latestReports.put(DashboardService.key(itemId, periodId),
                reports.get(reports.size() - 1)));
        Map<String, List<LateRow>> lateRows = dashboard.late(plan.id(), now);

        List<List<String>> lights = new ArrayList<>();
        List<List<String>> late = new ArrayList<>();
        List<List<String>> returned = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        for (ItemRow item : queries.items(plan.id())) {
            List<ReportRow> reports = revisions.getOrDefault(item.id(), List.of());
            Dashboard.Cell cell = DashboardService.cell(item, period, latestReports, lateRows, now);
            String lead = item.leadName() == null ? "" : item.leadName();
            String itemName = item.label() + " " + item.title();
            counts.merge(cell.light(), 1L, Long::sum);
            lights.add(List.of(String.valueOf(item.number()), itemName, lead, LedgerExport.LIGHTS.get(cell.light()),
                    LedgerExport.STATUSES.get(cell.status())));
            // whose lateness: the lead for its own report (its first revision), each contributor by name
            for (LateRow row : lateRows.getOrDefault(DashboardService.key(item.id(), periodId), List.of())) {
                late.add(row.report()
                        ? List.of(itemName, lead, row.submitted() ? "牵头单位逾期 " + row.daysLate() + " 天报送"
                                : "牵头单位逾期未报送进展报告")
                        : List.of(itemName, row.name(), row.submitted() ? "配合材料逾期报送" : "配合材料未报送"));
            }
            if (!reports.isEmpty()) {
                ReportRow latest = reports.get(reports.size() - 1);
                int times = reports.size() - 1 + ("RETURNED".equals(latest.reviewDecision()) ? 1 : 0);
                if (times > 0) {
                    returned.add(List.of(itemName, lead, String.valueOf(times),
                            LedgerExport.STATUSES.get(cell.status())));
                }
            }
        }
        List<List<String>> notices = escalations.issued(plan.id(), period.period().startsAt(),
                        period.period().endsAt()).stream()
                .map(notice -> List.of(notice.number(), notice.itemLabel() + " " + notice.itemTitle(),
                        notice.departmentName(), notice.levelName(), notice.cause(),
                        Paper.DATE.format(notice.deadline())))
                .toList();
        List<List<String>> league = league(dashboard.dashboard(plan.id(), new Viewer(true, Set.of())).league());

        String label = period.period().label();
        return Paper.builder("督查通报", plan.docNumber() + " " + label, "督查通报-" + plan.docNumber() + "-" + label)
                .text("现将《" + plan.title() + "》(" + plan.docNumber() + ")" + label + "落实情况通报如下。")
                .heading("一、各事项进展情况")
                .text("绿灯 " + counts.getOrDefault("GREEN", 0L) + " 项,黄灯 " + counts.getOrDefault("YELLOW", 0L)
                        + " 项,红灯 " + counts.getOrDefault("RED", 0L) + " 项,未评定 "
                        + counts.getOrDefault("GREY", 0L) + " 项。")
                .table(List.of("序号", "事项", "牵头单位", "红黄绿灯", "状态"), List.of(1, 6, 3, 2, 2), lights)
                .heading("二、逾期报送情况")
                .table(List.of("事项", "单位", "情况"), List.of(6, 3, 5), orNone(late, 3))
                .heading("三、报告退回情况")
                .table(List.of("事项", "牵头单位", "退回次数", "当前状态"), List.of(6, 3, 2, 2), orNone(returned, 4))
                .heading("四、本期督办情况")
                .table(List.of("督办单", "事项", "被督办单位", "级别", "原因", "整改期限"), List.of(3, 5, 3, 2, 2, 3),
                        orNone(notices, 6))
                .heading("五、各单位按时报送排名")
                .table(List.of("名次", "单位", "应报", "按时", "按时率", "逾期待办"), List.of(1, 5, 1, 1, 2, 2), league)
                .footer("行动方案协调办公室")
                .footer(Paper.DATE.format(now.atZone(EngineClock.ZONE)))
                .build();
    }

    private static List<List<String>> league(List<Dashboard.LeagueRow> rows) {
        List<List<String>> table = new ArrayList<>();
        for (Dashboard.LeagueRow row : rows) {
            table.add(List.of(String.valueOf(table.size() + 1), row.name(), String.valueOf(row.due()),
                    String.valueOf(row.onTime()), row.onTimeRate() == null ? "—"
                            : row.onTimeRate().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                            + "%", String.valueOf(row.overdueTasks())));
        }
        return table;
    }

    /** The rows, or one row saying 无 when there are none. */
    private static List<List<String>> orNone(List<List<String>> rows, int columns) {
        if (!rows.isEmpty()) {
            return rows;
        }
        List<String> none = new ArrayList<>(Collections.nCopies(columns, ""));
        none.set(0, "无");
        return List.of(none);
    }
}
