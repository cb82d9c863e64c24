package org.policyflow.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open user tasks of a plan per candidate group (body), read straight from the engine's runtime tables in one
 * aggregate query. Kept apart so that it can switch to a task projection table without touching the dashboard.
 */
@Repository
class OpenTaskCounts {

    record Counts(long open, long overdue) {
    }

    private final JdbcClient jdbc;

    OpenTaskCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per body id: open tasks of the plan's instances (business keys start with the document number), and overdue. */
    Map<String, Counts> byBody(String docNumber, Instant now) {
        return jdbc.sql("""
                select l.GROUP_ID_ as body, count(*) as open_tasks,
                  sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as overdue_tasks
                from ACT_RU_TASK t
                join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null
                join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                where e.BUSINESS_KEY_ like ?
                group by l.GROUP_ID_""")
                .params(Timestamp.from(now), docNumber + "-%")
                .query((rs, row) -> Map.entry(rs.getString("body"),
                        new Counts(rs.getLong("open_tasks"), rs.getLong("overdue_tasks"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
