package org.policyflow.reporting;

/** What a body's acknowledgement of its part recorded: pf_acknowledgement.outcome, stored by name. */
enum AcknowledgementOutcome {
    /** 签收: the body accepts its part. */
    ACCEPTED,
    /** 提出异议: the lead contests being the lead. */
    CONTESTED,
    /** 指定牵头单位: the coordinating office names the lead after a contest. */
    ASSIGNED
}
