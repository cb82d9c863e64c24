package org.policyflow.reporting;

/**
 * Published by {@link WorkPlanChangeApproved} and {@link WorkPlanChangeReturned} in the engine's transaction once the
 * office decided a lead's request to change its work plan, so that the message centre tells the lead in the same
 * transaction.
 *
 * @param comment the office's explanation; on a return, the reason
 */
public record WorkPlanChangeDecided(long itemId, String departmentId, boolean approved, String comment) {
}
