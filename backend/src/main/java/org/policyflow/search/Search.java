package org.policyflow.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.policyflow.identity.CurrentUser;
import org.policyflow.inbox.OpenTaskSearch;
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

    Search(JdbcClient jdbc, OpenTaskSearch tasks, TaskKinds kinds) {
        this.jdbc = jdbc;
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
                .param("like", like).param("limit", TERMS).query(SearchResults.FoundBody.class).list();
        List<SearchResults.FoundItem> items = items(like, seesAll, departments);
        Collection<String> visible = seesAll ? null : departments;
        List<OpenTaskSearch.FoundTask> found = tasks.find(visible, new OpenTaskSearch.Terms(
                bodies.stream().map(SearchResults.FoundBody::id).toList(),
                items.stream().map(SearchResults.FoundItem::id).toList(), kinds.keysNamed(query)), LIMIT);
        List<SearchResults.FoundPlan> plans = jdbc.sql("""
                select id, doc_number, title from v_plan
                where doc_number like :like escape '\\' or title like :like escape '\\'
                order by id desc limit :limit""")
                .param("like", like).param("limit", LIMIT).query(SearchResults.FoundPlan.class).list();
        return new SearchResults(query, items.stream().limit(LIMIT).toList(), found,
                bodies.stream().limit(LIMIT).toList(), plans);
    }

    /**
     * Items by title, label ((三)) or business key, newest plan first; for a body only those it takes part in, read
     * from its own rows of v_item_body (indexed by body): a correlated EXISTS per item took 30–90 ms at
     * 60 items on the loaded machine, this join 1–2 ms.
     */
    private List<SearchResults.FoundItem> items(String like, boolean seesAll, Set<String> departments) {
        if (!seesAll && departments.isEmpty()) {
            return List.of();
        }
        String from = seesAll ? "from v_item i" : """
                from (select distinct item_id from v_item_body where department_id in (:departments)) mine
                join v_item i on i.id = mine.item_id""";
        var sql = jdbc.sql("""
                select i.id, i.label, i.title, i.business_key, i.plan_id, p.doc_number plan_doc_number,
                    p.title plan_title
                """ + from + """

                join v_plan p on p.id = i.plan_id
                where (i.title like :like escape '\\' or i.label like :like escape '\\'
                    or i.business_key like :like escape '\\')
                order by i.plan_id desc, i.number limit :limit""")
                .param("like", like).param("limit", TERMS);
        if (!seesAll) {
            sql = sql.param("departments", departments);
        }
        return sql.query(SearchResults.FoundItem.class).list();
    }
}
