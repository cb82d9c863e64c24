package org.policyflow.escalation;

/**
 * Why an escalation starts: the {@code trigger} its caller passes (pf_escalation.trigger_type, stored by name), the
 * input of escalation-level.dmn and an output of review-routing.dmn.
 */
enum EscalationTrigger {
    /** 逾期未报: a due date passed without the material. */
    OVERDUE,
    /** 评为红灯: the approved report rated the item red. */
    RED_RATING,
    /** 两次退回: the period's report was returned a second time. */
    RETURNED_TWICE
}
