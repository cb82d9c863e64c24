-- Owned by org.policyflow.escalation. Supervision (督办) of an item as the item page's timeline shows it, in the
-- columns of v_reporting_timeline (see @OwnsTables): an escalation opened, each notice issued, each answer.

create view v_escalation_timeline as
select e.item_id, e.opened_at as at, cast('ESCALATION' as varchar(32)) as kind, e.trigger_type as outcome,
  d.name as department_name, cast(null as varchar(64)) as actor, e.period_label, e.reason as detail
from pf_escalation e join pf_department d on d.id = e.department_id
union all
select e.item_id, n.issued_at, 'NOTICE', n.level, d.name, n.issued_by, e.period_label, n.requirements
from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
join pf_department d on d.id = e.department_id
union all
select e.item_id, n.answered_at, 'RECTIFICATION', n.check_result, d.name, n.answered_by, e.period_label,
  n.rectification
from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
join pf_department d on d.id = e.department_id where n.answered_at is not null;
