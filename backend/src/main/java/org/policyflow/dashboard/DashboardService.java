package org.policyflow.dashboard;

import static org.policyflow.engine.EngineClock.ZONE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.ProgressClock;
import org.policyflow.dashboard.Dashboard.Cell;
import org.policyflow.dashboard.Dashboard.LateBody;
import org.policyflow.dashboard.Dashboard.LeagueRow;
import org.policyflow.dashboard.Dashboard.LightCount;
import org.policyflow.dashboard.Dashboard.Period;
import org.policyflow.dashboard.Dashboard.PlanRef;
import org.policyflow.dashboard.Dashboard.Rate;
import org.policyflow.dashboard.Dashboard.TargetProgress;
import org.policyflow.dashboard.DashboardQueries.FigureRow;
import org.policyflow.dashboard.DashboardQueries.ItemRow;
import org.policyflow.dashboard.DashboardQueries.PlanRow;
import org.policyflow.dashboard.DashboardQueries.ReportRow;
import org.policyflow.dashboard.DashboardQueries.LateRow;
import org.policyflow.dashboard.DashboardQueries.SubmissionRow;
import org.policyflow.engine.EngineClock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Assembles the dashboard of a plan and the rows of its period ledger from {@link DashboardQueries}. */
@Service
@Transactional(readOnly = true)
class DashboardService {

    private final DashboardQueries queries;
    private final OpenTaskCounts openTasks;
    private final EngineClock engineClock;

    DashboardService(DashboardQueries queries, OpenTaskCounts openTasks, EngineClock engineClock) {
        this.queries = queries;
        this.openTasks = openTasks;
        this.engineClock = engineClock;
    }

    /** The plan asked for, or the latest imported one. */
    PlanRow plan(Long planId) {
        List<PlanRow> plans = queries.plans();
        if (planId == null) {
            if (plans.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "尚未导入任何行动方案");
            }
            return plans.get(plans.size() - 1);
        }
        return plans.stream().filter(plan -> plan.id() == planId).findFirst().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "行动方案(planId) " + planId + " 不存在"));
    }

    Dashboard dashboard(Long planId, Viewer viewer) {
        Instant now = engineClock.instant();
        PlanRow plan = plan(planId);
        List<StoredPeriod> periods = queries.periods(plan.id());
        ProgressClock clock = clock(periods, now);
        Set<Long> mine = queries.itemsOf(plan.id(), viewer.departmentIds());
        Map<String, ReportRow> latest = latestReports(plan.id());
        List<SubmissionRow> submissions = queries.submissions(plan.id(), now);
        Map<String, List<LateRow>> late = late(submissions);

        List<Dashboard.ItemRow> items = new ArrayList<>();
        for (ItemRow item : queries.items(plan.id())) {
            List<Cell> cells = periods.stream().map(period -> cell(item, period, latest, late, now)).toList();
            items.add(new Dashboard.ItemRow(item.id(), item.number(), item.label(), item.title(), item.leadId(),
                    item.leadName(), mine.contains(item.id()), cells));
        }
        List<Period> periodViews = periods.stream().map(p -> new Period(p.id(), p.period().ordinal(),
                p.period().label(), p.period().kind().name(), local(p.period().dueAt()),
                clock.expectedAt(p.period().endsAt()))).toList();
        return new Dashboard(new PlanRef(plan.id(), plan.docNumber(), plan.title()),
                queries.plans().stream().map(p -> new PlanRef(p.id(), p.docNumber(), p.title())).toList(),
                viewer.seesAll(), periodViews, items, targets(plan.id(), items, clock, now, mine),
                league(plan, submissions, now), lightCounts(periods, items));
    }

    /** The latest revision of each item's report per period, by {@link #key}. */
    Map<String, ReportRow> latestReports(long planId) {
        Map<String, ReportRow> latest = new HashMap<>();
        queries.reports(planId).forEach(report -> latest.put(key(report.itemId(), report.periodId()), report));
        return latest;
    }

    static String key(long itemId, long periodId) {
        return itemId + "/" + periodId;
    }

    /** The reports and contributions past their due date and not on time, by {@link #key}. */
    Map<String, List<LateRow>> late(long planId, Instant now) {
        return late(queries.submissions(planId, now));
    }

    private static Map<String, List<LateRow>> late(List<SubmissionRow> submissions) {
        return submissions.stream().filter(submission -> !submission.onTime()).map(SubmissionRow::row)
                .collect(Collectors.groupingBy(row -> key(row.itemId(), row.periodId())));
    }

    /** The plan's 序时进度; before the plan has a calendar, one that reads 0 now. */
    static ProgressClock clock(List<StoredPeriod> periods, Instant now) {
        return periods.isEmpty() ? new ProgressClock(now, now) : ProgressClock.of(periods);
    }

    /**
     * The item's cell in the period. Without a report it is RED OVERDUE only when the lead's own due date has passed
     * (the period's, or the one an approved extension set); a contributor's overdue material never makes the lead late.
     */
    static Cell cell(ItemRow item, StoredPeriod period, Map<String, ReportRow> latest,
            Map<String, List<LateRow>> late, Instant now) {
        String key = key(item.id(), period.id());
        ReportRow report = latest.get(key);
        List<LateRow> lateRows = late.getOrDefault(key, List.of());
        boolean leadLate = lateRows.stream().anyMatch(LateRow::report);
        List<LateBody> contributions = lateRows.stream().filter(row -> !row.report())
                .map(row -> new LateBody(row.departmentId(), row.name(), row.submitted())).toList();
        if (report == null) {
            boolean overdue = item.leadId() == null ? now.isAfter(period.period().dueAt()) : leadLate;
            return overdue ? new Cell(period.id(), "RED", "OVERDUE", 0, null, true, contributions)
                    : new Cell(period.id(), "GREY", "NOT_DUE", 0, null, false, contributions);
        }
        return new Cell(period.id(), report.rating() == null ? "GREY" : report.rating(), status(report),
                report.revision(), report.daysLate(), leadLate, contributions);
    }

    static String status(ReportRow report) {
        if (report.reviewDecision() != null) {
            return report.reviewDecision();
        }
        return report.rating() == null ? "REPORTED" : "UNDER_REVIEW";
    }

    private List<TargetProgress> targets(long planId, List<Dashboard.ItemRow> items, ProgressClock clock,
            Instant now, Set<Long> mine) {
        Map<Long, FigureRow> latestFigure = new HashMap<>();
        queries.figures(planId).forEach(figure -> latestFigure.put(figure.targetId(), figure));
        Map<Long, Dashboard.ItemRow> itemsById = items.stream()
                .collect(Collectors.toMap(Dashboard.ItemRow::id, Function.identity()));
        return queries.targets(planId).stream().map(target -> {
            FigureRow figure = latestFigure.get(target.id());
            BigDecimal progress = figure == null || target.targetValue().signum() == 0 ? null
                    : figure.reportedValue().divide(target.targetValue(), 4, RoundingMode.HALF_UP);
            BigDecimal expected = figure != null && figure.expectedProgress() != null ? figure.expectedProgress()
                    : clock.expectedAt(now);
            return new TargetProgress(target.id(), target.itemId(), itemsById.get(target.itemId()).label(),
                    target.text(), target.targetValue(), target.unit(), target.comparator(), target.deadline(),
                    figure == null ? null : figure.reportedValue(), figure == null ? null : figure.periodLabel(),
                    progress, expected, figure == null ? null : figure.rating(), mine.contains(target.itemId()));
        }).toList();
    }

    private List<LeagueRow> league(PlanRow plan, List<SubmissionRow> due, Instant now) {
        Map<String, Rate> submissions = due.stream().collect(Collectors.groupingBy(
                submission -> submission.row().departmentId() + "/" + submission.row().kind(),
                Collectors.collectingAndThen(Collectors.toList(), rows -> new Rate(rows.size(),
                        rows.stream().filter(SubmissionRow::onTime).count()))));
        Map<String, OpenTaskCounts.Counts> tasks = openTasks.byBody(plan.id(), now);
        return queries.bodies(plan.id()).stream().map(body -> {
            OpenTaskCounts.Counts open = tasks.getOrDefault(body.id(), new OpenTaskCounts.Counts(0, 0));
            return new LeagueRow(body.id(), body.name(), body.kind(),
                    submissions.getOrDefault(body.id() + "/REPORT", Rate.NONE),
                    submissions.getOrDefault(body.id() + "/CONTRIBUTION", Rate.NONE), open.open(), open.overdue());
        }).sorted(LeagueRow.RANKING).toList();
    }

    private static List<LightCount> lightCounts(List<StoredPeriod> periods, List<Dashboard.ItemRow> items) {
        List<LightCount> counts = new ArrayList<>();
        for (int index = 0; index < periods.size(); index++) {
            Map<String, Long> byLight = new HashMap<>();
            for (Dashboard.ItemRow item : items) {
                byLight.merge(item.cells().get(index).light(), 1L, Long::sum);
            }
            StoredPeriod period = periods.get(index);
            counts.add(new LightCount(period.id(), period.period().label(), byLight.getOrDefault("GREEN", 0L),
                    byLight.getOrDefault("YELLOW", 0L), byLight.getOrDefault("RED", 0L),
                    byLight.getOrDefault("GREY", 0L)));
        }
        return counts;
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
