-- Owned by org.policyflow.reporting. Every 提醒 and 催办 sent (pf_reminder), for the inbox to mark the tasks they were
-- about when it is upgraded (see @OwnsTables); new ones reach the inbox as the event ReminderSent.

create view v_reminder as
select r.item_id, r.period_id, r.department_id, r.kind, r.due_at, r.sent_at
from pf_reminder r;
