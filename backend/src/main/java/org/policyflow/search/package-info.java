/**
 * Search: one query over action items (title, label, business key), open tasks (by body name, item or task name),
 * bodies and plans (document number, title), each filtered by what the caller may see. Chinese has no word
 * boundaries, so every match is a substring match: bounded LIKE scans of the small tables (plans, bodies, items) and,
 * for tasks, index ranges of the inbox's projection through {@link org.policyflow.inbox.OpenTaskSearch}, so the time
 * does not grow with the number of open tasks (docs/BENCHMARKS.md).
 * <p>
 * Owns no tables. Reads {@code v_plan}, {@code v_item} and {@code v_item_body} (plan), {@code v_department}
 * (department) and the task names of the deployed models ({@code TaskKinds}).
 */
@org.policyflow.OwnsTables
package org.policyflow.search;
