/**
 * Supervision (督办) of action items: the escalation process's listeners, which record each escalation, the level it
 * reached and the notices issued, answered and checked, and the escalation queue the coordinating office and the
 * bodies read.
 * <p>
 * Owns pf_escalation and pf_escalation_notice. Publishes the query class
 * {@link org.policyflow.escalation.EscalationQueue} (the open escalations) and the view v_escalation_timeline (the item
 * page's events of this package); announces each 督办单 issued (NoticeIssued) in the engine's transaction.
 */
@org.policyflow.OwnsTables(value = {"pf_escalation", "pf_escalation_notice"}, views = {"v_escalation_timeline"})
package org.policyflow.escalation;
