package org.policyflow.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a refused request must leave as it was, read with one SQL statement: the row count of every engine runtime,
 * repository, identity and byte-array table (but the metrics log) and of every PolicyFlow table, plus a checksum of
 * the rows a hostile request would most likely change (variables, tasks, candidate links, authorizations, executions,
 * jobs, users).
 */
final class DatabaseSnapshot {

    /** Table → the columns whose values the checksum covers (REV_ changes with every engine update). */
    private static final Map<String, String> CHECKSUMS = Map.of(
            "ACT_RU_VARIABLE", "ID_, REV_, NAME_, TYPE_, TEXT_, TEXT2_, LONG_, DOUBLE_, BYTEARRAY_ID_",
            "ACT_RU_TASK", "ID_, REV_, ASSIGNEE_, OWNER_, DELEGATION_, NAME_, DUE_DATE_, SUSPENSION_STATE_",
            "ACT_RU_IDENTITYLINK", "ID_, REV_, GROUP_ID_, USER_ID_, TYPE_, TASK_ID_",
            "ACT_RU_AUTHORIZATION", "ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_",
            "ACT_RU_EXECUTION", "ID_, REV_, ACT_ID_, IS_ACTIVE_, SUSPENSION_STATE_",
            "ACT_RU_JOB", "ID_, REV_, DUEDATE_, RETRIES_, SUSPENSION_STATE_, PRIORITY_",
            "ACT_RE_PROCDEF", "ID_, REV_, SUSPENSION_STATE_, HISTORY_TTL_",
            "ACT_ID_USER", "ID_, REV_, PWD_, FIRST_, LAST_, EMAIL_, LOCK_EXP_TIME_, ATTEMPTS_");

    /**
     * Rows the engine rewrites on its own schedule, whatever a request did: the history cleanup job reschedules itself
     * after every run (every 25 s at first, then less often).
     */
    private static final Map<String, String> BACKGROUND = Map.of(
            "ACT_RU_JOB", " where HANDLER_TYPE_ <> 'history-cleanup'");

    private final JdbcClient jdbc;
    private final String sql;

    DatabaseSnapshot(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and (table_name like 'ACT\\_RU\\_%'
                   or table_name like 'ACT\\_RE\\_%' or table_name like 'ACT\\_ID\\_%' or table_name like 'ACT\\_GE\\_%'
                   or lower(table_name) like 'pf\\_%') and lower(table_name) <> 'flyway_schema_history'
                   -- written by the engine's metrics reporter on its own schedule, never by a request
                   and upper(table_name) <> 'ACT_RU_METER_LOG'
                order by table_name""").query(String.class).list();
        String counts = tables.stream()
                .map(table -> "select '" + table + "' as what, count(*) as figure from " + table)
                .collect(Collectors.joining(" union all "));
        String sums = CHECKSUMS.entrySet().stream()
                .map(table -> "select '" + table.getKey() + " checksum', coalesce(sum(cast(ora_hash(concat_ws('|', "
                        + table.getValue() + ")) as bigint)), 0) from " + table.getKey()
                        + BACKGROUND.getOrDefault(table.getKey(), ""))
                .collect(Collectors.joining(" union all "));
        this.sql = counts + " union all " + sums;
    }

    Map<String, Long> take() {
        Map<String, Long> figures = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, row) -> figures.put(rs.getString(1), rs.getLong(2))).list();
        return figures;
    }

    /** "ACT_RU_VARIABLE checksum 123 → 456, pf_comment 2 → 3", or "" when nothing changed. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(entry -> !Objects.equals(before.get(entry.getKey()), entry.getValue()))
                .map(entry -> entry.getKey() + " " + before.get(entry.getKey()) + " → " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
