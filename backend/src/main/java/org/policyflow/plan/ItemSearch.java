package org.policyflow.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policyflow.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items whose title, label or business key contains a text, for the header's search, through the item search index
 * (pf_item_term, {@link ItemTerms}) without reading every item, whose rows carry their whole text. The query's
 * rarest term drives: its items are walked in the search's order (pf_item_term_order, newest plan first, document
 * order), each kept if it holds the other terms and the body takes part in it, until enough are found; a word found
 * in thousands of items stops after a few dozen. Only those candidates are read and checked against the text itself.
 */
@Service
public class ItemSearch {

    /** Candidates read and checked at a time; a term found in fewer items than this is rare enough to drive. */
    private static final int BATCH = 64;

    private record Searched(long id, String title, String label, String businessKey) {

        boolean contains(String text) {
            return title.contains(text) || label.contains(text) || businessKey.contains(text);
        }
    }

    private final JdbcClient jdbc;

    ItemSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the first items containing the text, newest plan first and in document order.
     *
     * @param bodies only items these bodies take part in; null: every item (the coordinating office)
     */
    @Transactional(readOnly = true)
    public List<Long> containing(String text, @Nullable Collection<String> bodies, int limit) {
        List<String> terms = ItemTerms.ofQuery(text);
        if (terms.isEmpty() || bodies != null && bodies.isEmpty()) {
            return List.of();
        }
        String driving = rarest(terms);
        List<String> others = terms.stream().filter(term -> !term.equals(driving)).toList();
        StringBuilder sql = new StringBuilder("select t.item_id from pf_item_term t where t.term = :driving");
        for (int i = 0; i < others.size(); i++) {
            sql.append(" and exists (select 1 from pf_item_term o where o.term = :other").append(i)
                    .append(" and o.item_id = t.item_id)");
        }
        if (bodies != null) {
            sql.append(" and exists (select 1 from pf_item_body b where b.item_id = t.item_id"
                    + " and b.department_id in (:bodies))");
        }
        sql.append(" order by t.term, t.plan_id desc, t.number limit :batch offset :offset");
        List<Long> found = new ArrayList<>();
        for (int offset = 0; found.size() < limit; offset += BATCH) {
            var candidates = jdbc.sql(sql.toString()).param("driving", driving).param("batch", BATCH)
                    .param("offset", offset);
            for (int i = 0; i < others.size(); i++) {
                candidates = candidates.param("other" + i, others.get(i));
            }
            if (bodies != null) {
                candidates = candidates.param("bodies", bodies);
            }
            List<Long> ids = candidates.query(Long.class).list();
            found.addAll(holding(text, ids).stream().limit(limit - found.size()).toList());
            if (ids.size() < BATCH) {
                break;
            }
        }
        return found;
    }

    /**
     * The first term found in fewer than {@link #BATCH} items (each counted no further), whose items are read whole;
     * when every term is common, the first, whose walk in order stops at the first matches.
     */
    private String rarest(List<String> terms) {
        for (String term : terms) {
            int items = jdbc.sql("select count(*) from (select 1 from pf_item_term where term = ? limit ?) x")
                    .params(term, BATCH).query(Integer.class).single();
            if (items < BATCH) {
                return term;
            }
        }
        return terms.get(0);
    }

    /** The candidates that contain the text itself, in their order: a candidate may hold the query's pairs apart. */
    private List<Long> holding(String text, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Searched> rows = jdbc.sql("select id, title, label, business_key from pf_item where id in (:ids)")
                .param("ids", ids).query(Rows.of(Searched.class)).stream()
                .collect(Collectors.toMap(Searched::id, row -> row));
        return ids.stream().filter(id -> rows.get(id).contains(text)).toList();
    }
}
