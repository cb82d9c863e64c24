package org.policyflow.inbox;

import java.sql.Timestamp;

import org.policyflow.escalation.NoticeIssued;
import org.policyflow.reporting.ReminderSent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a body's open tasks with the last 提醒, 催办 and 督办单 about them (V111), in the transaction that records
 * them. Kept on the task's row so that the inbox page needs no second read per task.
 */
@Component
class TaskMarks {

    private final JdbcClient jdbc;

    TaskMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reminder is about the body's open tasks of the item that fall due in its period. */
    @EventListener
    void reminded(ReminderSent reminder) {
        String column = reminder.kind() == ReminderSent.Kind.URGE ? "urged_at" : "reminded_at";
        jdbc.sql("update pf_task set " + column + " = :at where state = 'OPEN' and item_id = :item"
                        + " and department_id = :department"
                        + (reminder.periodId() == null ? "" : " and period_id = :period"))
                .param("at", Timestamp.from(reminder.sentAt())).param("item", reminder.itemId())
                .param("department", reminder.departmentId()).param("period", reminder.periodId())
                .update();
    }

    /** A 督办单 is about everything the body still has open on the item. */
    @EventListener
    void escalated(NoticeIssued notice) {
        jdbc.sql("""
                update pf_task set escalated_at = :at, escalation_level = :level
                where state = 'OPEN' and item_id = :item and department_id = :department""")
                .param("at", Timestamp.from(notice.issuedAt())).param("level", notice.levelName())
                .param("item", notice.itemId()).param("department", notice.departmentId())
                .update();
    }
}
