-- Owned by org.policyflow.escalation. The item timeline names each 督办单 by its number (V130): the detail of a NOTICE
-- event reads "督办〔2025〕12号 <requirements>".

drop view v_escalation_timeline;
create view v_escalation_timeline as
select e.item_id, e.opened_at as at, cast('ESCALATION' as varchar(32)) as kind, e.trigger_type as outcome,
  d.name as department_name, cast(null as varchar(64)) as actor, e.period_label, e.reason as detail
from pf_escalation e join pf_department d on d.id = e.department_id
union all
select e.item_id, n.issued_at, 'NOTICE', n.level, d.name, n.issued_by, e.period_label,
  '督办〔' || cast(n.number_year as varchar(4)) || '〕' || cast(n.number_seq as varchar(10)) || '号 ' || n.requirements
from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
join pf_department d on d.id = e.department_id
union all
select e.item_id, n.answered_at, 'RECTIFICATION', n.check_result, d.name, n.answered_by, e.period_label,
  n.rectification
from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
join pf_department d on d.id = e.department_id where n.answered_at is not null
union all
select e.item_id, e.closed_at, 'ESCALATION_ENDED', coalesce(e.end_cause, e.status), d.name, e.ended_by,
  e.period_label, e.end_note
from pf_escalation e join pf_department d on d.id = e.department_id where e.closed_at is not null;
