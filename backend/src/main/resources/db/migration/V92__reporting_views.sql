-- Owned by org.policyflow.reporting. What departments and the coordinating office submitted, as the dashboard, the
-- ledger and the item page read it (see @OwnsTables). Each view carries the plan or item it is asked by, so readers
-- name no table of another package.

-- Every revision of every period report, with the decision of its review once reviewed: the dashboard's lights.
create view v_report as
select r.id, i.plan_id, r.item_id, r.period_id, r.revision, r.rating, r.days_late, r.narrative, r.recorded_at,
  (select max(v.decision) from pf_review v where v.report_id = r.id) as review_decision
from pf_report r join pf_item i on i.id = r.item_id;

-- The lead's figure for a target in one revision of one period's report, with the 序时进度 and light it was rated at.
create view v_target_figure as
select v.target_id, r.id as report_id, i.plan_id, r.item_id, p.ordinal as period_ordinal, p.label as period_label,
  r.revision, v.reported_value, v.expected_progress, v.rating
from pf_target_value v
join pf_report r on r.id = v.report_id
join pf_reporting_period p on p.id = r.period_id
join pf_item i on i.id = r.item_id;

-- The league table's submissions: one row per body, item and period of the plan with what was due from the body there,
-- a lead's first report revision (on time when rated 0 days late, which follows approved extensions), a supporting
-- body's or implementer's first contribution (on time when made by the period's due date).
create view v_submission as
select b.department_id, i.plan_id, p.due_at,
  case when r.id is not null or c.first_at is not null then 1 else 0 end as submitted,
  case when (b.role = 'LEAD' and r.days_late = 0)
            or (b.role <> 'LEAD' and c.first_at <= p.due_at) then 1 else 0 end as on_time
from pf_item_body b
join pf_item i on i.id = b.item_id
join pf_reporting_period p on p.plan_id = i.plan_id
left join pf_report r on b.role = 'LEAD' and r.item_id = b.item_id and r.period_id = p.id and r.revision = 1
left join (select item_id, period_id, department_id, min(recorded_at) as first_at
           from pf_contribution group by item_id, period_id, department_id) c
  on b.role <> 'LEAD' and c.item_id = b.item_id and c.period_id = p.id and c.department_id = b.department_id;

-- Everything recorded about an item by the reporting processes, as the item page's timeline shows it: when, what
-- (kind, outcome), which body, who, in which period, and the text (a report's detail is "revision|narrative", an
-- assessment's "score|comment").
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
join pf_reporting_period p on p.id = m.period_id
union all
select s.item_id, s.recorded_at, 'ASSESSMENT', s.result, null, s.recorded_by, null,
  cast(s.score as varchar(10)) || '|' || s.comment
from pf_assessment s;
