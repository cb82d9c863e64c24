package org.policyflow.reporting;

/**
 * Where an extension request stands: pf_extension.status (stored by name). The office decides with the extension
 * review form's choice {@code decision} (approve / refuse), on which extension-request.bpmn and the calling
 * reporting-period.bpmn route.
 */
enum ExtensionStatus {
    /** Waiting for the coordinating office. */
    REQUESTED,
    /** 同意: the due date moves to the requested one. */
    APPROVED,
    /** 不同意: the due date stays. */
    REFUSED
}
