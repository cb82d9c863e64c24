package org.policyflow.reporting;

/**
 * Published by {@link ReviewReportCompleted} in the engine's transaction when the coordinating office returns (退回) a
 * progress report, so that the message centre tells the reporting body in the same transaction.
 */
public record ReportReturned(long itemId, long periodId, String departmentId, String reason) {
}
