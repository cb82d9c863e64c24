package org.policyflow.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the search terms of items (pf_item_term) in one batch: on import, and once for the items imported before. */
final class ItemTermWriter {

    /** What an item is found by. */
    record Indexed(long itemId, long planId, int number, String title, String label, String businessKey) {
    }

    private final JdbcTemplate jdbc;

    ItemTermWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<Indexed> items) {
        List<Object[]> rows = new ArrayList<>();
        for (Indexed item : items) {
            for (String term : ItemTerms.of(item.title(), item.label(), item.businessKey())) {
                rows.add(new Object[] {term, item.itemId(), item.planId(), item.number()});
            }
        }
        jdbc.batchUpdate("insert into pf_item_term (term, item_id, plan_id, number) values (?, ?, ?, ?)", rows);
    }
}
