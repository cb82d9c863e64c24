package org.policyflow.escalation;

/**
 * Why an escalation ended before its rectification was checked: the codes of pf_escalation.end_cause, with the note
 * recorded when the caller gives none.
 */
enum EscalationEnd {

    /** The overdue material the escalation chased was submitted. */
    MATERIAL_SUBMITTED("逾期材料已报送,督办事由消除"),
    /** An extension moved the due date the escalation was about. */
    EXTENSION_GRANTED("延期申请获批,截止时间顺延,督办事由消除"),
    /** The period's report was approved, closing the period the escalation was about. */
    REPORT_APPROVED("本期进展报告已审核通过,报告期结束"),
    /** The item was given to another body. */
    ITEM_REASSIGNED("事项已改由其他单位承担"),
    /** The coordinating office withdrew or closed it by hand (its reason is the note). */
    WITHDRAWN("协调办公室撤销督办"),
    /** Its process instance was cancelled (the item's or the period's instance was cancelled). */
    CANCELLED("督办流程已被取消");

    private final String note;

    EscalationEnd(String note) {
        this.note = note;
    }

    String note() {
        return note;
    }

    /** The cause a model names; a name no cause has is a modelling error. */
    static EscalationEnd of(Object code) {
        for (EscalationEnd end : values()) {
            if (end.name().equals(code)) {
                return end;
            }
        }
        throw new IllegalArgumentException("未知的督办结束原因:" + code);
    }
}
