/**
 * Supervision (督办) of action items: the escalation process's listeners, which record each escalation, the level it
 * reached and the notices issued, answered and checked, and the escalation queue the coordinating office and the
 * bodies read.
 * <p>
 * Owns pf_escalation and pf_escalation_notice. Publishes the query class
 * {@link org.policyflow.escalation.EscalationQueue} (the open escalations).
 */
@org.policyflow.OwnsTables({"pf_escalation", "pf_escalation_notice"})
package org.policyflow.escalation;
