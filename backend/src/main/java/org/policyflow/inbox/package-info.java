/**
 * The inbox: a projection of the engine's user tasks kept in the engine's transaction, the pages and counts a body
 * reads from it, the coordinating office's desk, actions on a task (claim, hand over, comment, ask for an extension)
 * and the evidence files attached to tasks.
 * <p>
 * Owns pf_task (with its index pf_task_inbox_due) and pf_task_attachment. Publishes no events, query classes or views:
 * others see tasks through the HTTP API.
 */
@org.policyflow.OwnsTables({"pf_task", "pf_task_attachment"})
package org.policyflow.inbox;
