-- Owned by org.policyflow.inbox. The open user tasks of action items from the inbox's task projection, with the body
-- whose inbox shows them and the item's plan: the dashboard's league table counts them (see @OwnsTables).

create view v_open_task as
select t.id, i.plan_id, t.item_id, t.department_id, t.due_at
from pf_task t join pf_item i on i.id = t.item_id
where t.state = 'OPEN';
