package org.policyflow.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.policyflow.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** pf_body_webhook (V112): each body's group robot address, as the coordinating office set it. */
@Repository
class BodyWebhooks {

    record Webhook(String departmentId, String url, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;

    BodyWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> url(String departmentId) {
        return jdbc.sql("select url from pf_body_webhook where department_id = ?").param(departmentId)
                .query(String.class).optional();
    }

    List<Webhook> all() {
        return jdbc.sql("select department_id as departmentId, url, updated_by as updatedBy, updated_at as updatedAt "
                        + "from pf_body_webhook order by department_id")
                .query(Rows.of(Webhook.class)).list();
    }

    boolean departmentExists(String departmentId) {
        return jdbc.sql("select count(*) from v_department where id = ?").param(departmentId)
                .query(Long.class).single() > 0;
    }

    void set(String departmentId, String url, String userId, Instant now) {
        int updated = jdbc.sql("update pf_body_webhook set url = ?, updated_by = ?, updated_at = ? "
                        + "where department_id = ?")
                .params(url, userId, Timestamp.from(now), departmentId).update();
        if (updated == 0) {
            jdbc.sql("insert into pf_body_webhook (department_id, url, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(departmentId, url, userId, Timestamp.from(now)).update();
        }
    }

    void remove(String departmentId) {
        jdbc.sql("delete from pf_body_webhook where department_id = ?").param(departmentId).update();
    }
}
