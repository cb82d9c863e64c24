package org.policyflow.reporting;

import java.time.Instant;

/**
 * Published by {@link SendReminder} in the engine's transaction once a 提醒 (REMINDER, before the due date) or 催办
 * (URGE, after it) is recorded, so that the inbox marks the body's open tasks and the message centre tells the body,
 * both in the same transaction as the record.
 *
 * @param periodId null for a due date that belongs to no reporting period
 */
public record ReminderSent(long itemId, Long periodId, String departmentId, Kind kind, Instant dueAt,
                           Instant sentAt) {

    /** The model's {@code reminderKind}. */
    public enum Kind { REMINDER, URGE }
}
