-- The inbox lists tasks without a due date last (org.policyflow.inbox.Inbox). H2 puts NULLs first in an ascending
-- index, so pf_task_inbox_page could not give that order: each page read every open task of the body from the index
-- and sorted them (1 ms of the query's 1.1 ms at 5,900 open tasks of one body; docs/BENCHMARKS.md). PostgreSQL puts
-- NULLs last in an ascending index anyway, so there the index is the same as before.
create index pf_task_inbox_due on pf_task (department_id, state, due_at nulls last, created_at, id);
drop index pf_task_inbox_page;
