package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.lang.Nullable;

/**
 * Records from rows by the result set's own column names, on an H2 file database as the application runs it: the
 * values arrive converted, and H2 writes nothing to its trace file, where JdbcClient's own mapping of the same
 * query leaves a stack trace per camel-case component and row.
 */
class RowsTest {

    enum Role { LEAD, SUPPORTING }

    record Row(long itemId, String businessKey, Role role, @Nullable BigDecimal plannedValue, int ordinal,
               @Nullable OffsetDateTime dueAt, boolean active) {
    }

    @TempDir
    Path dir;

    @Test
    void componentsComeFromTheirColumnsAndH2TracesNothing() throws Exception {
        try (var dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("rows") + ";WRITE_DELAY=0",
                "sa", "", true)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("""
                    create table t (item_id bigint, business_key varchar(20), role varchar(16), planned_value decimal(12, 2),
                        ordinal integer, due_at timestamp with time zone, active boolean)""").update();
            jdbc.sql("insert into t values (7, '77号-7', 'LEAD', 12.5, 3, timestamp with time zone "
                    + "'2025-06-30 17:00:00+08:00', true), (8, '77号-8', 'SUPPORTING', null, 4, null, false)").update();
            String query = "select item_id, business_key, role, planned_value, ordinal, due_at, active "
                    + "from t order by item_id";

            List<Row> rows = jdbc.sql(query).query(Rows.of(Row.class)).list();

            assertThat(rows).containsExactly(
                    new Row(7, "77号-7", Role.LEAD, new BigDecimal("12.50"), 3,
                            OffsetDateTime.parse("2025-06-30T17:00:00+08:00"), true),
                    new Row(8, "77号-8", Role.SUPPORTING, null, 4, null, false));
            Path trace = dir.resolve("rows.trace.db");
            assertThat(trace).doesNotExist();
            // an alias in the record's spelling reads the same
            assertThat(jdbc.sql("select item_id as itemId, business_key as businessKey, role, planned_value, ordinal, "
                    + "due_at as dueAt, active from t where item_id = 8").query(Rows.of(Row.class)).single())
                    .isEqualTo(rows.get(1));

            // what Rows avoids: Spring's own mapping asks for itemId first and H2 traces each miss
            assertThat(jdbc.sql(query).query(Row.class).list()).isEqualTo(rows);
            assertThat(Files.readString(trace)).contains("Column \"itemId\" not found");

            assertThatThrownBy(() -> jdbc.sql("select item_id from t").query(Rows.of(Row.class)).list())
                    .hasMessage("no column for Row.businessKey");
        }
    }
}
