-- Owned by org.policyflow.escalation. How an escalation ended when not by the check of its rectification: the cause
-- that ended it (the late material arrived, an extension was granted, the report was approved, the coordinating
-- office withdrew it, the instance was cancelled), a note and who ended it. Status ENDED marks such an end.

alter table pf_escalation add column end_cause varchar(32);   -- MATERIAL_SUBMITTED, EXTENSION_GRANTED, ...
alter table pf_escalation add column end_note varchar(1000);
alter table pf_escalation add column ended_by varchar(64);      -- user id; null when the process ended it

-- the timeline gains the end of each escalation: resolved, closed by the top level, or ended by its cause
drop view v_escalation_timeline;
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
join pf_department d on d.id = e.department_id where n.answered_at is not null
union all
select e.item_id, e.closed_at, 'ESCALATION_ENDED', coalesce(e.end_cause, e.status), d.name, e.ended_by,
  e.period_label, e.end_note
from pf_escalation e join pf_department d on d.id = e.department_id where e.closed_at is not null;
