package org.policyflow.inbox;

import static org.policyflow.engine.EngineClock.ZONE;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policyflow.engine.EngineClock;
import org.policyflow.identity.UserNames;
import org.policyflow.reporting.ReportingRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the inbox of a set of bodies from pf_task: one indexed range per body, sorted by due date. */
@Service
class Inbox {

    static final int MAX_PAGE_SIZE = 100;

    /** Which open tasks to list. Null fields do not filter. */
    record Filter(boolean overdue, boolean dueThisWeek, String role, Long itemId, String taskKey) {

        static Filter taskKey(String taskKey) {
            return new Filter(false, false, null, null, taskKey);
        }
    }

    /**
     * One row of the inbox.
     *
     * @param planDocNumber the item's plan, so that two plans' "(一)…" can be told apart: 苏府办〔2025〕77号
     * @param assigneeName the name of the user who holds the task (assignee is the login)
     * @param light    GREEN, YELLOW or RED from the item's latest rated report; null before the first rating
     * @param daysLeft whole days from today to the due day in Suzhou; negative: overdue by that many days
     * @param overdueDays for an overdue task, the days begun since it fell due (1 on the day it fell due); else null
     * @param marks     the last 提醒, 催办 and 督办单 about the task
     */
    record Row(String taskId, String title, String taskKey, @Nullable String formKey, @Nullable Long itemId,
               @Nullable String itemLabel, @Nullable String itemTitle, @Nullable String planDocNumber,
               @Nullable String planTitle, @Nullable Long periodId,
               @Nullable String periodLabel, @Nullable String departmentId, @Nullable String role,
               OffsetDateTime created, @Nullable OffsetDateTime due, @Nullable Long daysLeft, boolean overdue,
               @Nullable Long overdueDays, @Nullable String assignee, @Nullable String assigneeName,
               @Nullable String light, String processInstanceId, Marks marks) {

        Row with(String light, Map<String, String> names) {
            return new Row(taskId, title, taskKey, formKey, itemId, itemLabel, itemTitle, planDocNumber, planTitle,
                    periodId, periodLabel, departmentId, role, created, due, daysLeft, overdue, overdueDays, assignee,
                    names.get(assignee), light, processInstanceId, marks);
        }
    }

    /**
     * @param escalationLevel the name of the 督办单's level (蓝色督办); null when none was issued
     */
    record Marks(@Nullable OffsetDateTime remindedAt, @Nullable OffsetDateTime urgedAt,
                 @Nullable OffsetDateTime escalatedAt, @Nullable String escalationLevel) {
    }

    record Page(List<Row> rows, long total, int page, int size) {
    }

    record Count(long open, long overdue) {
    }

    private final JdbcClient jdbc;
    private final ReportingRecords reports;
    private final EngineClock clock;
    private final UserNames userNames;

    Inbox(JdbcClient jdbc, ReportingRecords reports, EngineClock clock, UserNames userNames) {
        this.userNames = userNames;
        this.jdbc = jdbc;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page page(Collection<String> departments, Filter filter, int page, int size) {
        if (departments.isEmpty()) {
            return new Page(List.of(), 0, page, size);
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(departments, filter, now, params);
        long total = jdbc.sql("select count(*) from pf_task t where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        // only the page's rows are read and joined to their item and period, not every open task of the bodies
        List<Row> rows = jdbc.sql(COLUMNS + " from (" + pageIds(departments, where) + ") page"
                        + " join pf_task t on t.id = page.id " + LABELS + " order by " + BY_DUE)
                .params(params)
                .query((rs, n) -> row(rs, now))
                .list();
        return new Page(labelled(rows), total, page, size);
    }

    /**
     * The ids of one page. H2 reads an index in its order only when the ORDER BY starts with the index's columns; for
     * one body, whose department and state the WHERE fixes, naming them keeps the order and lets the page be cut from
     * pf_task_inbox_due (V76) after its rows instead of sorting all of the body's open tasks (docs/BENCHMARKS.md).
     */
    static String pageIds(Collection<String> departments, String where) {
        String order = departments.size() == 1 ? "t.department_id, t.state, " + BY_DUE : BY_DUE;
        return "select t.id from pf_task t where " + where + " order by " + order + " limit :limit offset :offset";
    }

    /** One projected task with its labels, open or not. */
    @Transactional(readOnly = true)
    Row row(String taskId) {
        Instant now = clock.instant();
        return labelled(jdbc.sql(COLUMNS + " from pf_task t " + LABELS + " where t.id = :id").param("id", taskId)
                .query((rs, n) -> row(rs, now)).list()).get(0);
    }

    private static final String BY_DUE = "t.due_at nulls last, t.created_at, t.id";
    private static final String COLUMNS = """
                select t.id, t.title, t.task_key, t.form_key, t.item_id, i.label item_label, i.title item_title,
                    pl.doc_number plan_doc_number, pl.title plan_title, t.period_id, p.label period_label, t.department_id, t.role, t.created_at, t.due_at, t.assignee,
                    t.process_instance_id, t.reminded_at, t.urged_at, t.escalated_at, t.escalation_level
                """;
    private static final String LABELS = """
                left join v_item i on i.id = t.item_id
                left join v_plan pl on pl.id = i.plan_id
                left join v_reporting_period p on p.id = t.period_id
                """;

    private static Row row(java.sql.ResultSet rs, Instant now) throws java.sql.SQLException {
        OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
        Long daysLeft = due == null ? null
                : ChronoUnit.DAYS.between(now.atZone(ZONE).toLocalDate(), due.atZoneSameInstant(ZONE).toLocalDate());
        boolean overdue = due != null && due.toInstant().isBefore(now);
        return new Row(rs.getString("id"), rs.getString("title"), rs.getString("task_key"),
                rs.getString("form_key"), rs.getObject("item_id", Long.class), rs.getString("item_label"),
                rs.getString("item_title"), rs.getString("plan_doc_number"), rs.getString("plan_title"),
                rs.getObject("period_id", Long.class), rs.getString("period_label"),
                rs.getString("department_id"), rs.getString("role"),
                rs.getObject("created_at", OffsetDateTime.class), due, daysLeft, overdue,
                overdue ? overdueDays(due.toInstant(), now) : null, rs.getString("assignee"), null, null,
                rs.getString("process_instance_id"),
                new Marks(rs.getObject("reminded_at", OffsetDateTime.class),
                        rs.getObject("urged_at", OffsetDateTime.class),
                        rs.getObject("escalated_at", OffsetDateTime.class), rs.getString("escalation_level")));
    }

    /**
     * Days begun since the due date: a task that fell due earlier today is overdue by 1 day, not "due today" (the
     * calendar-day difference alone, 0, made the inbox say 今天到期 under the 已逾期 filter).
     */
    static long overdueDays(Instant due, Instant now) {
        return Math.max(1, ChronoUnit.DAYS.between(due.atZone(ZONE).toLocalDate(), now.atZone(ZONE).toLocalDate()));
    }

    @Transactional(readOnly = true)
    Count count(Collection<String> departments) {
        if (departments.isEmpty()) {
            return new Count(0, 0);
        }
        return jdbc.sql("""
                select count(*) open_tasks, sum(case when due_at < :now then 1 else 0 end) overdue_tasks
                from pf_task where state = 'OPEN' and department_id in (:departments)""")
                .param("now", Timestamp.from(clock.instant())).param("departments", departments)
                .query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2))).single();
    }

    /** An open task of a process instance. */
    record OpenTask(String id, String title) {
    }

    /** The open task of each of these process instances (the first one read when an instance has several). */
    Map<String, OpenTask> openTaskByInstance(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select process_instance_id, id, title from pf_task
                where state = 'OPEN' and process_instance_id in (:instances)""")
                .param("instances", processInstanceIds)
                .query((rs, n) -> Map.entry(rs.getString(1), new OpenTask(rs.getString(2), rs.getString(3))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
    }

    static String where(Collection<String> departments, Filter filter, Instant now, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("t.state = 'OPEN'", "t.department_id in (:departments)"));
        params.put("departments", departments);
        params.put("now", Timestamp.from(now));
        if (filter.overdue()) {
            conditions.add("t.due_at < :now");
        }
        if (filter.dueThisWeek()) {
            LocalDate nextMonday = now.atZone(ZONE).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            params.put("weekEnd", Timestamp.from(nextMonday.atStartOfDay(ZONE).toInstant()));
            conditions.add("t.due_at >= :now and t.due_at < :weekEnd");
        }
        if (filter.role() != null) {
            conditions.add("t.role = :role");
            params.put("role", filter.role());
        }
        if (filter.itemId() != null) {
            conditions.add("t.item_id = :item");
            params.put("item", filter.itemId());
        }
        if (filter.taskKey() != null) {
            conditions.add("t.task_key = :taskKey");
            params.put("taskKey", filter.taskKey());
        }
        return String.join(" and ", conditions);
    }

    /**
     * The latest rating of each item on the page and the names of the users holding its tasks, each read once for the
     * page rather than per row.
     */
    private List<Row> labelled(List<Row> rows) {
        List<Long> itemIds = rows.stream().map(Row::itemId).filter(id -> id != null).distinct().toList();
        Map<Long, String> lights = itemIds.isEmpty() ? Collections.<Long, String>emptyMap() : reports.latestRatings(itemIds);
        Map<String, String> names = userNames.of(rows.stream().map(Row::assignee).toList());
        return rows.stream().map(row -> row.with(lights.get(row.itemId()), names)).collect(Collectors.toList());
    }
}
