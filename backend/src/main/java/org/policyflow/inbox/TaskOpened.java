package org.policyflow.inbox;

import java.time.Instant;

/**
 * Published by the task projection in the engine's transaction when a user task is created for a body, so that the
 * message centre can tell the body (as a digest) in the same transaction.
 *
 * @param itemId null for a task outside an action item
 * @param dueAt  null for a task without a due date
 */
public record TaskOpened(String taskId, Long itemId, String departmentId, String title, Instant dueAt) {
}
