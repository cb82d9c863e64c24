package org.policyflow.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policyflow.Rows;
import org.policyflow.identity.CurrentUser;
import org.policyflow.inbox.OpenTaskSearch;
import org.policyflow.plan.ItemSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds items, open tasks, bodies and plans whose text contains the query. A body sees the items it takes part in and
 * its own open tasks; the coordinating office and administrators see all; bodies and plans are known to everyone.
 */
@Service
class Search {

    /** Results per kind. */
    static final int LIMIT = 10;
    /** Bodies and items whose tasks are looked up: the first matches only, so that a short query stays cheap. */
    private static final int TERMS = 50;

    private final JdbcClient jdbc;
    private final OpenTaskSearch tasks;
    private final TaskKinds kinds;
    private final ItemSearch itemSearch;

    Search(JdbcClient jdbc, OpenTaskSearch tasks, TaskKinds kinds, ItemSearch itemSearch) {
        this.jdbc = jdbc;
        this.itemSearch = itemSearch;
        this.tasks = tasks;
        this.kinds = kinds;
    }

    @Transactional(readOnly = true)
    SearchResults search(String query, CurrentUser user) {
        boolean seesAll = user.isCoordinator() || user.isAdmin();
        Set<String> departments = user.departmentIds();
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<SearchResults.FoundBody> bodies = jdbc.sql("""
                select id, name, kind from v_department where name like :like escape '\\'
                order by length(name), name limit :limit""")
                .param("like", like).param("limit", TERMS).query(Rows.of(SearchResults.FoundBody.class)).list();
        List<SearchResults.FoundItem> items = items(query, seesAll, departments);
        Collection<String> visible = seesAll ? null : departments;
        List<OpenTaskSearch.FoundTask> found = tasks.find(visible, new OpenTaskSearch.Terms(
                bodies.stream().map(SearchResults.FoundBody::id).toList(),
                items.stream().map(SearchResults.FoundItem::id).toList(), kinds.keysNamed(query)), LIMIT);
        List<SearchResults.FoundPlan> plans = jdbc.sql("""
                select id, doc_number, title from v_plan
                where doc_number like :like escape '\\' or title like :like escape '\\'
                order by id desc limit :limit""")
                .param("like", like).param("limit", LIMIT).query(Rows.of(SearchResults.FoundPlan.class)).list();
        return new SearchResults(query, items.stream().limit(LIMIT).toList(), found,
                bodies.stream().limit(LIMIT).toList(), plans);
    }

    /** The found items with their plans, in the order {@link ItemSearch} found them: newest plan first. */
    private List<SearchResults.FoundItem> items(String query, boolean seesAll, Set<String> departments) {
        List<Long> ids = itemSearch.containing(query, seesAll ? null : departments, TERMS);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchResults.FoundItem> found = jdbc.sql("""
                select i.id, i.label, i.title, i.business_key, i.plan_id, p.doc_number plan_doc_number,
                    p.title plan_title
                from v_item i join v_plan p on p.id = i.plan_id where i.id in (:ids)""")
                .param("ids", ids).query(Rows.of(SearchResults.FoundItem.class)).stream()
                .collect(Collectors.toMap(SearchResults.FoundItem::id, item -> item));
        return ids.stream().map(found::get).toList();
    }
}
