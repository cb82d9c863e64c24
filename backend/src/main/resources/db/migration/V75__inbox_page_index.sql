-- The inbox's page (org.policyflow.inbox.Inbox): the first 20 of a body's open tasks by due date, then created, then
-- id. With every sort column in the index, the page is cut from the index alone; with only (department_id, state,
-- due_at) every open task of the body was read from the table first, which at 100,000 open tasks (5,900 of one body)
-- took most of the inbox's time (docs/BENCHMARKS.md). This index also serves the count, so it replaces pf_task_inbox.
create index pf_task_inbox_page on pf_task (department_id, state, due_at, created_at, id);
drop index pf_task_inbox;
