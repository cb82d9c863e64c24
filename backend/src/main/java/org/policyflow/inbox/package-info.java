/**
 * The inbox: a projection of the engine's user tasks kept in the engine's transaction, the pages and counts a body
 * reads from it, the coordinating office's desk, actions on a task (claim, hand over, comment, ask for an extension)
 * and the evidence files attached to tasks; the last 提醒, 催办 and 督办单 on each open task (TaskMarks).
 * <p>
 * Owns pf_task (with its index pf_task_inbox_due) and pf_task_attachment. Publishes the view v_open_task (open tasks
 * with their item's plan, for the dashboard's counts), the event TaskOpened (a new task of a body, in the engine's
 * transaction) and the query class {@link org.policyflow.inbox.OpenTaskSearch} (open tasks by body, item or task
 * name, for the search).
 */
@org.policyflow.OwnsTables(value = {"pf_task", "pf_task_attachment"}, views = {"v_open_task"})
package org.policyflow.inbox;
