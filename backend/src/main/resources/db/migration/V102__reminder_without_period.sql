-- Owned by org.policyflow.reporting. Every department task with a due date is reminded and urged, also the 签收
-- tasks, which belong to no reporting period: a reminder's period becomes optional, and the item's timeline keeps
-- reminders without one.

alter table pf_reminder alter column period_id drop not null;

drop view v_reporting_timeline;
create view v_reporting_timeline as
select a.item_id, a.recorded_at as at, cast('ACKNOWLEDGEMENT' as varchar(32)) as kind, a.outcome,
  d.name as department_name, a.recorded_by as actor, cast(null as varchar(40)) as period_label, a.comment as detail
from pf_acknowledgement a join pf_department d on d.id = a.department_id
union all
select w.item_id, w.recorded_at, 'WORK_PLAN', null, d.name, w.recorded_by, null, null
from pf_work_plan w join pf_department d on d.id = w.department_id
union all
select c.item_id, c.recorded_at, 'CONTRIBUTION', null, d.name, c.recorded_by, p.label, c.narrative
from pf_contribution c join pf_department d on d.id = c.department_id
join pf_reporting_period p on p.id = c.period_id
union all
select r.item_id, r.recorded_at, 'REPORT', r.rating, d.name, r.recorded_by, p.label,
  cast(r.revision as varchar(10)) || '|' || r.narrative
from pf_report r join pf_department d on d.id = r.department_id
join pf_reporting_period p on p.id = r.period_id
union all
select r.item_id, v.recorded_at, 'REVIEW', v.decision, null, v.recorded_by, p.label, v.comment
from pf_review v join pf_report r on r.id = v.report_id
join pf_reporting_period p on p.id = r.period_id
union all
select x.item_id, x.requested_at, 'EXTENSION_REQUESTED', null, d.name, null, p.label, x.reason
from pf_extension x join pf_department d on d.id = x.department_id
join pf_reporting_period p on p.id = x.period_id
union all
select x.item_id, x.decided_at, 'EXTENSION_DECIDED', x.status, d.name, null, p.label, x.review_comment
from pf_extension x join pf_department d on d.id = x.department_id
join pf_reporting_period p on p.id = x.period_id where x.decided_at is not null
union all
select m.item_id, m.sent_at, 'REMINDER', m.kind, d.name, null, p.label, null
from pf_reminder m join pf_department d on d.id = m.department_id
left join pf_reporting_period p on p.id = m.period_id
union all
select s.item_id, s.recorded_at, 'ASSESSMENT', s.result, null, s.recorded_by, null,
  cast(s.score as varchar(10)) || '|' || s.comment
from pf_assessment s;
