package org.policyflow.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** pf_message and pf_message_read (V112): the messages of bodies and who of their members has read which. */
@Repository
class MessageStore {

    static final int MAX_BODY = 4000;
    static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewMessage(String departmentId, String kind, String title, String body, String link, Long itemId,
                      int taskCount, Instant createdAt, Instant openUntil) {
    }

    long insert(NewMessage message) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pf_message (department_id, kind, title, body, link, item_id, task_count, created_at,
                    open_until)
                values (:department, :kind, :title, :body, :link, :item, :tasks, :created, :openUntil)""")
                .param("department", message.departmentId()).param("kind", message.kind())
                .param("title", clip(message.title(), MAX_TITLE)).param("body", clip(message.body(), MAX_BODY))
                .param("link", message.link())
                .param("item", message.itemId()).param("tasks", message.taskCount())
                .param("created", Timestamp.from(message.createdAt()))
                .param("openUntil", message.openUntil() == null ? null : Timestamp.from(message.openUntil()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * The body's digest of new tasks that still takes tasks. Two transactions that found none at once each opened
     * one: the later one takes the tasks from then on.
     */
    Optional<Long> openDigest(String departmentId, String kind, Instant now) {
        return jdbc.sql("""
                select id from pf_message where department_id = :department and kind = :kind and open_until > :now
                order by open_until desc, id desc""")
                .param("department", departmentId).param("kind", kind).param("now", Timestamp.from(now))
                .query(Long.class).list().stream().findFirst();
    }

    /**
     * Adds a line and a task to a digest in one statement, so that two transactions adding to it at once both count;
     * a line that no longer fits is only counted.
     */
    void addToDigest(long messageId, String title, String line) {
        jdbc.sql("""
                update pf_message set title = :title, task_count = task_count + 1,
                    body = case when length(body) + :length <= :max then body || :line else body end
                where id = :id""")
                .param("title", clip(title, MAX_TITLE)).param("length", line.length()).param("max", MAX_BODY)
                .param("line", line)
                .param("id", messageId).update();
    }

    int taskCount(long messageId) {
        return jdbc.sql("select task_count from pf_message where id = ?").param(messageId).query(Integer.class)
                .single();
    }

    /** Ends the bodies' open digests now. @return the messages ended */
    List<Long> closeDigests(Collection<String> departmentIds, String kind, Instant now) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select id from pf_message where department_id in (:departments) and kind = :kind
                and open_until > :now""")
                .param("departments", departmentIds).param("kind", kind).param("now", Timestamp.from(now))
                .query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("update pf_message set open_until = :now where id in (:ids)")
                    .param("now", Timestamp.from(now)).param("ids", ids).update();
        }
        return ids;
    }

    Message find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).param("user", "")
                .query(MessageStore::message).single();
    }

    record MessagePage(List<Message> rows, long total, long unread) {
    }

    MessagePage page(String userId, Collection<String> departmentIds, boolean unreadOnly, int page, int size) {
        if (departmentIds.isEmpty()) {
            return new MessagePage(List.of(), 0, 0);
        }
        String where = " where m.department_id in (:departments)" + (unreadOnly ? " and r.user_id is null" : "");
        long total = jdbc.sql("select count(*) from pf_message m" + READ + where)
                .param("departments", departmentIds).param("user", userId).query(Long.class).single();
        List<Message> rows = jdbc.sql(SELECT + where + " order by m.created_at desc, m.id desc"
                        + " limit :limit offset :offset")
                .param("departments", departmentIds).param("user", userId)
                .param("limit", size).param("offset", (long) page * size)
                .query(MessageStore::message).list();
        return new MessagePage(rows, total, unread(userId, departmentIds));
    }

    long unread(String userId, Collection<String> departmentIds) {
        if (departmentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from pf_message m" + READ
                        + " where m.department_id in (:departments) and r.user_id is null")
                .param("departments", departmentIds).param("user", userId).query(Long.class).single();
    }

    /** @return false when the message is not addressed to one of these bodies (or does not exist) */
    boolean markRead(String userId, Collection<String> departmentIds, long messageId, Instant now) {
        if (departmentIds.isEmpty()) {
            return false;
        }
        int visible = jdbc.sql("select count(*) from pf_message where id = :id and department_id in (:departments)")
                .param("id", messageId).param("departments", departmentIds).query(Integer.class).single();
        if (visible == 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into pf_message_read (message_id, user_id, read_at)
                    select m.id, :user, :now from pf_message m where m.id = :id and not exists
                      (select 1 from pf_message_read r where r.message_id = m.id and r.user_id = :user)""")
                    .param("id", messageId).param("user", userId).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException readAtTheSameTime) {
            // another request of the same user marked it first: it is read either way
        }
        return true;
    }

    int markAllRead(String userId, Collection<String> departmentIds, Instant now) {
        if (departmentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into pf_message_read (message_id, user_id, read_at)
                select m.id, :user, :now from pf_message m
                where m.department_id in (:departments) and not exists
                  (select 1 from pf_message_read r where r.message_id = m.id and r.user_id = :user)""")
                .param("departments", departmentIds).param("user", userId).param("now", Timestamp.from(now))
                .update();
    }

    /** Messages written, by kind: every one was shown in the message centre. */
    Map<String, Long> byKind() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select kind, count(*) from pf_message group by kind")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static final String READ =
            " left join pf_message_read r on r.message_id = m.id and r.user_id = :user";
    private static final String SELECT = """
            select m.id, m.kind, m.title, m.body, m.link, m.item_id, m.task_count, m.created_at,
                r.user_id read_by from pf_message m""" + READ;

    private static Message message(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Message(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getObject("item_id", Long.class), rs.getInt("task_count"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("read_by") != null);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
