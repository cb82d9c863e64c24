package org.policyflow.inbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a search names, for the search package: those of the bodies, items and task kinds it matched, each
 * read through an index of pf_task with a limit, so that the cost does not grow with the number of open tasks.
 */
@Service
public class OpenTaskSearch {

    /** What a search matched: bodies by name, items by title or number, task kinds by their name. */
    public record Terms(Collection<String> departmentIds, Collection<Long> itemIds, Collection<String> taskKeys) {

        boolean empty() {
            return departmentIds.isEmpty() && itemIds.isEmpty() && taskKeys.isEmpty();
        }
    }

    /** A found open task with what names it: its body, its item and the item's plan. */
    public record FoundTask(String id, String title, @Nullable String departmentId, @Nullable String departmentName,
                            @Nullable Long itemId, @Nullable String itemLabel, @Nullable String itemTitle,
                            @Nullable String planDocNumber, @Nullable String planTitle,
                            @Nullable OffsetDateTime due) {
    }

    private record Hit(String id, @Nullable OffsetDateTime due, OffsetDateTime created) {
    }

    private static final Comparator<Hit> BY_DUE = Comparator.comparing(Hit::due,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Hit::created).thenComparing(Hit::id);

    private final JdbcClient jdbc;

    OpenTaskSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first open tasks, by due date, of the matched bodies, items and task kinds.
     *
     * @param visible the bodies whose tasks the caller may see; null: every body's (the coordinating office)
     */
    @Transactional(readOnly = true)
    public List<FoundTask> find(@Nullable Collection<String> visible, Terms terms, int limit) {
        if (terms.empty() || visible != null && visible.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = hits(visible, terms, limit);
        List<String> ids = hits.stream().sorted(BY_DUE).map(Hit::id).distinct().limit(limit).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, FoundTask> found = new LinkedHashMap<>();
        jdbc.sql("""
                select t.id, t.title, t.department_id, d.name department_name, t.item_id, i.label, i.title item_title,
                    p.doc_number, p.title plan_title, t.due_at
                from pf_task t
                left join v_department d on d.id = t.department_id
                left join v_item i on i.id = t.item_id
                left join v_plan p on p.id = i.plan_id
                where t.id in (:ids)""").param("ids", ids)
                .query((rs, n) -> new FoundTask(rs.getString("id"), rs.getString("title"),
                        rs.getString("department_id"), rs.getString("department_name"),
                        rs.getObject("item_id", Long.class), rs.getString("label"), rs.getString("item_title"),
                        rs.getString("doc_number"), rs.getString("plan_title"),
                        rs.getObject("due_at", OffsetDateTime.class)))
                .list().forEach(task -> found.put(task.id(), task));
        return ids.stream().map(found::get).filter(task -> task != null).toList();
    }

    /**
     * The first tasks, by due date, of each matched body, of the matched items and of each matched kind, merged: each
     * read through its own index with a limit, so that none walks a body's or the database's whole range.
     */
    private List<Hit> hits(@Nullable Collection<String> visible, Terms terms, int limit) {
        List<Hit> hits = new ArrayList<>();
        for (String department : terms.departmentIds()) {
            if (visible == null || visible.contains(department)) {
                hits.addAll(jdbc.sql("""
                        select t.id, t.due_at, t.created_at from pf_task t where t.department_id = :department
                        and t.state = 'OPEN' order by t.department_id, t.state, t.due_at nulls last, t.created_at, t.id
                        limit :limit""").param("department", department).param("limit", limit).query(HIT).list());
            }
        }
        String theirs = visible == null ? "" : " and t.department_id in (:visible)";
        if (!terms.itemIds().isEmpty()) {
            // pf_task_item: the open tasks of the matched items only (at most 50 items), whichever body's range
            var spec = jdbc.sql("select t.id, t.due_at, t.created_at from pf_task t where t.item_id in (:items)"
                            + " and t.state = 'OPEN'" + theirs + " order by t.due_at nulls last, t.created_at, t.id"
                            + " limit :limit")
                    .param("items", terms.itemIds()).param("limit", limit);
            hits.addAll((visible == null ? spec : spec.param("visible", visible)).query(HIT).list());
        }
        for (String key : terms.taskKeys()) {
            // a body's tasks of the kind from its own range in due order; every body's from pf_task_desk
            // (task_key, state, due_at) in its own order: H2 puts tasks without a due date first there, the merge
            // puts them last
            String order = visible == null ? "t.task_key, t.state, t.due_at"
                    : visible.size() == 1 ? "t.department_id, t.state, t.due_at nulls last, t.created_at, t.id"
                    : "t.due_at nulls last, t.created_at, t.id";
            var spec = jdbc.sql("select t.id, t.due_at, t.created_at from pf_task t where t.task_key = :key"
                            + " and t.state = 'OPEN'" + theirs + " order by " + order + " limit :limit")
                    .param("key", key).param("limit", limit);
            hits.addAll((visible == null ? spec : spec.param("visible", visible)).query(HIT).list());
        }
        return hits;
    }

    private static final org.springframework.jdbc.core.RowMapper<Hit> HIT = (rs, n) -> new Hit(rs.getString("id"),
            rs.getObject("due_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
}
