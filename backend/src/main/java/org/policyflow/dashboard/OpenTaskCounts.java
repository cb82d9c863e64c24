package org.policyflow.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open user tasks of a plan per body, from the inbox's task projection (v_open_task, one row per open user task with
 * its item, its plan and its body, the candidate group), reached through the plan's items by index. The engine's
 * runtime tables gave the same counts only by matching every open instance's business key, which grew with all plans'
 * tasks (docs/BENCHMARKS.md).
 */
@Repository
class OpenTaskCounts {

    record Counts(long open, long overdue) {
    }

    private final JdbcClient jdbc;

    OpenTaskCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per body id: open tasks of the plan's items, and those past their due date. */
    Map<String, Counts> byBody(long planId, Instant now) {
        return jdbc.sql("""
                select department_id as body, count(*) as open_tasks,
                  sum(case when due_at < ? then 1 else 0 end) as overdue_tasks
                from v_open_task where plan_id = ? and department_id is not null
                group by department_id""")
                .params(Timestamp.from(now), planId)
                .query((rs, row) -> Map.entry(rs.getString("body"),
                        new Counts(rs.getLong("open_tasks"), rs.getLong("overdue_tasks"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
