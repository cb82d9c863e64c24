package org.policyflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.ReportingPeriod;
import org.policyflow.dashboard.DashboardQueries.FigureRow;
import org.policyflow.dashboard.DashboardQueries.ItemRow;
import org.policyflow.dashboard.DashboardQueries.LateRow;
import org.policyflow.dashboard.DashboardQueries.PlanRow;
import org.policyflow.dashboard.DashboardQueries.ReportRow;
import org.policyflow.dashboard.DashboardQueries.TargetRow;
import org.policyflow.engine.EngineClock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 台账: one period of a plan as the spreadsheet staff kept by hand: a row per numeric target of each item (one row
 * for an item without targets), with its lead, the figure and light of the latest report revision and the lead's
 * narrative. A body gets the rows of the items it takes part in.
 */
@Service
@Transactional(readOnly = true)
class LedgerExport {

    static final List<String> HEADERS = List.of("序号", "事项", "牵头单位", "指标", "目标值", "本期数值", "序时进度",
            "红黄绿灯", "状态", "牵头单位逾期(天)", "配合材料缺报/逾期单位", "进展情况", "报送时间");
    static final Map<String, String> LIGHTS = Map.of("GREEN", "绿灯", "YELLOW", "黄灯", "RED", "红灯",
            "GREY", "未评定");
    static final Map<String, String> STATUSES = Map.of("REPORTED", "已报送", "UNDER_REVIEW", "待审核",
            "RETURNED", "已退回", "APPROVED", "已通过", "OVERDUE", "逾期未报", "NOT_DUE", "未到报送期");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Ledger(PlanRow plan, ReportingPeriod period, List<List<Object>> rows) {
    }

    private final DashboardQueries queries;
    private final DashboardService dashboard;
    private final EngineClock clock;

    LedgerExport(DashboardQueries queries, DashboardService dashboard, EngineClock clock) {
        this.queries = queries;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    Ledger ledger(Long planId, Long periodId, Viewer viewer) {
        PlanRow plan = dashboard.plan(planId);
        List<StoredPeriod> periods = queries.periods(plan.id());
        Map<String, ReportRow> latest = dashboard.latestReports(plan.id());
        Instant now = clock.instant();
        Map<String, List<LateRow>> late = dashboard.late(plan.id(), now);
        StoredPeriod period = period(periods, periodId, latest.values());
        Set<Long> mine = queries.itemsOf(plan.id(), viewer.departmentIds());
        // the figures of a report, by report id, then target id
        Map<Long, Map<Long, FigureRow>> figures = new HashMap<>();
        queries.figures(plan.id()).forEach(f -> figures.computeIfAbsent(f.reportId(), id -> new HashMap<>())
                .put(f.targetId(), f));
        Map<Long, List<TargetRow>> targets = new HashMap<>();
        queries.targets(plan.id()).forEach(t -> targets.computeIfAbsent(t.itemId(), id -> new ArrayList<>()).add(t));

        List<List<Object>> rows = new ArrayList<>();
        for (ItemRow item : queries.items(plan.id())) {
            if (!viewer.seesAll() && !mine.contains(item.id())) {
                continue;
            }
            ReportRow report = latest.get(DashboardService.key(item.id(), period.id()));
            Map<Long, FigureRow> reported = report == null ? Map.of() : figures.getOrDefault(report.id(), Map.of());
            Dashboard.Cell cell = DashboardService.cell(item, period, latest, late, now);
            List<LateRow> lateRows = late.getOrDefault(DashboardService.key(item.id(), period.id()), List.of());
            List<TargetRow> itemTargets = targets.getOrDefault(item.id(), List.of());
            for (int index = 0; index < Math.max(1, itemTargets.size()); index++) {
                TargetRow target = index < itemTargets.size() ? itemTargets.get(index) : null;
                FigureRow figure = target == null ? null : reported.get(target.id());
                List<Object> row = new ArrayList<>();
                row.add(item.label());
                row.add(item.title());
                row.add(item.leadName() == null ? "" : item.leadName());
                row.add(target == null ? "" : target.text());
                row.add(target == null ? "" : target.targetValue().stripTrailingZeros().toPlainString() + target.unit());
                row.add(figure == null ? null : figure.reportedValue());
                row.add(figure == null || figure.expectedProgress() == null ? ""
                        : figure.expectedProgress().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
                row.add(LIGHTS.get(figure != null && figure.rating() != null ? figure.rating() : cell.light()));
                row.add(STATUSES.get(cell.status()));
                row.add(leadLateness(lateRows));
                row.add(lateContributions(lateRows));
                row.add(report == null ? "" : report.narrative());
                row.add(report == null ? "" : DashboardService.local(report.recordedAt()).format(MINUTES));
                rows.add(row);
            }
        }
        return new Ledger(plan, period.period(), rows);
    }

    /** The lead's own lateness: its first revision's days late, 逾期未报 while none came, empty when on time. */
    private static Object leadLateness(List<LateRow> lateRows) {
        return lateRows.stream().filter(LateRow::report).findFirst()
                .<Object>map(row -> row.submitted() ? BigDecimal.valueOf(row.daysLate()) : "逾期未报").orElse("");
    }

    /** The contributors whose material is missing (缺报) or came after the due date (逾期报送), by name. */
    private static String lateContributions(List<LateRow> lateRows) {
        return lateRows.stream().filter(row -> !row.report())
                .map(row -> row.name() + (row.submitted() ? "(逾期报送)" : "(缺报)")).collect(Collectors.joining("、"));
    }

    /** The period asked for; without one, the latest period with a report, else the first. */
    static StoredPeriod period(List<StoredPeriod> periods, Long periodId, Collection<ReportRow> reports) {
        if (periods.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该行动方案尚无报告期");
        }
        if (periodId != null) {
            return periods.stream().filter(p -> p.id() == periodId).findFirst().orElseThrow(
                    () -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                            "报告期(periodId) " + periodId + " 不属于该行动方案"));
        }
        Set<Long> reported = new HashSet<>();
        reports.forEach(report -> reported.add(report.periodId()));
        return periods.stream().filter(p -> reported.contains(p.id())).reduce((first, second) -> second)
                .orElse(periods.get(0));
    }

    byte[] workbook(Ledger ledger) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(ledger.period().label() + "台账");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(ledger.plan().title() + "(" + ledger.plan().docNumber() + ")"
                    + ledger.period().label() + "工作台账");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(HEADERS.get(column));
                header.getCell(column).setCellStyle(bold);
            }
            int rowIndex = 2;
            for (List<Object> values : ledger.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof BigDecimal number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            int[] widths = {8, 30, 16, 36, 12, 12, 10, 10, 12, 14, 30, 60, 18};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
