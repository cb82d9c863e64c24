-- Owned by org.policyflow.inbox. What was done to chase an open task, kept on the task's own row so the inbox page
-- stays one indexed read of pf_task: the last 提醒, the last 催办 and the last 督办单 (with its level's name), each
-- set by org.policyflow.inbox.TaskMarks from the event of the package that records it.
alter table pf_task add column reminded_at timestamp with time zone;
alter table pf_task add column urged_at timestamp with time zone;
alter table pf_task add column escalated_at timestamp with time zone;
alter table pf_task add column escalation_level varchar(50);

-- the open tasks of reminders sent before this version
update pf_task set reminded_at = (select max(r.sent_at) from v_reminder r where r.kind = 'REMINDER'
    and r.item_id = pf_task.item_id and r.period_id = pf_task.period_id and r.department_id = pf_task.department_id)
where state = 'OPEN';
update pf_task set urged_at = (select max(r.sent_at) from v_reminder r where r.kind = 'URGE'
    and r.item_id = pf_task.item_id and r.period_id = pf_task.period_id and r.department_id = pf_task.department_id)
where state = 'OPEN';
