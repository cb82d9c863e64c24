package org.policyflow.plan;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 201: the search terms of the items imported before V200 made the table, written once in the migration's
 * transaction (Spring Boot hands Flyway every {@link JavaMigration} bean).
 */
@Component
class ItemTermsBackfill implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ItemTermsBackfill.class);
    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("201");
    }

    @Override
    public String getDescription() {
        return "item search terms of the items imported before";
    }

    @Override
    public Integer getChecksum() {
        return 201;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        ItemTermWriter writer = new ItemTermWriter(jdbc);
        List<ItemTermWriter.Indexed> batch = new ArrayList<>();
        int[] written = {0};
        jdbc.query("select id, plan_id, number, title, label, business_key from pf_item order by id", rs -> {
            batch.add(new ItemTermWriter.Indexed(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"),
                    rs.getString("title"), rs.getString("label"), rs.getString("business_key")));
            if (batch.size() == BATCH) {
                written[0] += flush(writer, batch);
            }
        });
        written[0] += flush(writer, batch);
        log.info("Search terms written for {} items imported before the search index", written[0]);
    }

    private static int flush(ItemTermWriter writer, List<ItemTermWriter.Indexed> batch) {
        int items = batch.size();
        writer.write(batch);
        batch.clear();
        return items;
    }
}
