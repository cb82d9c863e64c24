package org.policyflow.reporting;

import java.time.Instant;

/**
 * Published by {@link ExtensionApproved} and {@link ExtensionRefused} in the engine's transaction once the decision
 * on an extension request is recorded, so that the message centre tells the requesting body in the same transaction.
 *
 * @param dueAt the due date now in force: the requested one if approved, the previous one if refused
 */
public record ExtensionDecided(long itemId, long periodId, String departmentId, boolean approved, Instant dueAt,
                               String comment) {
}
