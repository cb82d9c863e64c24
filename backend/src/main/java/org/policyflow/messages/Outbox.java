package org.policyflow.messages;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policyflow.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * pf_outbox (V112): deliveries written with their message and claimed one row at a time by a conditional update,
 * which works alike on H2 and PostgreSQL: of two nodes (or two threads) claiming a row, exactly one updates it.
 */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long messageId, String channel, String recipient, Instant dueAt, Instant now) {
        jdbc.sql("""
                insert into pf_outbox (message_id, channel, recipient, status, attempts, due_at, created_at)
                values (:message, :channel, :recipient, 'PENDING', 0, :due, :now)""")
                .param("message", messageId).param("channel", channel).param("recipient", recipient)
                .param("due", Timestamp.from(dueAt)).param("now", Timestamp.from(now))
                .update();
    }

    /** The pending deliveries of these messages are due now (their digest was closed). */
    void dueNow(Collection<Long> messageIds, Instant now) {
        if (!messageIds.isEmpty()) {
            jdbc.sql("update pf_outbox set due_at = :now where status = 'PENDING' and message_id in (:ids)")
                    .param("now", Timestamp.from(now)).param("ids", messageIds).update();
        }
    }

    record Delivery(long id, long messageId, String channel, String recipient, int attempts) {
    }

    /** Due rows nobody holds, oldest first; to be claimed one by one. */
    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("""
                select id, message_id as messageId, channel, recipient, attempts from pf_outbox
                where status = 'PENDING' and due_at <= :now and (claimed_until is null or claimed_until < :now)
                order by due_at, id limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(Rows.of(Delivery.class)).list();
    }

    /** @return whether this node now holds the row until the lease ends */
    boolean claim(long id, String node, Instant now, Duration lease) {
        return jdbc.sql("""
                update pf_outbox set claimed_by = :node, claimed_until = :until
                where id = :id and status = 'PENDING' and due_at <= :now
                  and (claimed_until is null or claimed_until < :now)""")
                .param("node", node).param("until", Timestamp.from(now.plus(lease))).param("id", id)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    void sent(long id, String node, Instant now) {
        jdbc.sql("""
                update pf_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, claimed_until = null,
                    last_error = null where id = :id and claimed_by = :node""")
                .param("now", Timestamp.from(now)).param("id", id).param("node", node).update();
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up (FAILED) when there is none. */
    void failed(long id, String node, String error, Optional<Instant> retryAt, Instant now) {
        jdbc.sql("""
                update pf_outbox set status = :status, attempts = attempts + 1, due_at = :retry,
                    claimed_until = null, last_error = :error where id = :id and claimed_by = :node""")
                .param("status", retryAt.isPresent() ? "PENDING" : "FAILED")
                .param("retry", Timestamp.from(retryAt.orElse(now)))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", id).param("node", node).update();
    }

    /** Deliveries by channel and status (PENDING, SENT, FAILED). */
    Map<String, Map<String, Long>> byChannel() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("select channel, status, count(*) from pf_outbox group by channel, status")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), channel -> new TreeMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }
}
