/**
 * Supervision (督办) of action items: the escalation process's listeners, which record each escalation, the level it
 * reached and the notices issued, answered and checked, and the escalation queue the coordinating office and the
 * bodies read.
 * <p>
 * Owns pf_escalation, pf_escalation_notice and pf_escalation_numbering (the lock that numbers the notices per
 * year, 督办〔2025〕12号). Prints each notice as a 督办单 ({@link org.policyflow.escalation.NoticePaper}). Publishes the
 * query class {@link org.policyflow.escalation.EscalationQueue} (the open escalations, the notices issued in a span)
 * and the view v_escalation_timeline (the item page's events of this package); announces each 督办单 issued
 * (NoticeIssued) in the engine's transaction.
 */
@org.policyflow.OwnsTables(value = {"pf_escalation", "pf_escalation_notice", "pf_escalation_numbering"},
        views = {"v_escalation_timeline"})
package org.policyflow.escalation;
