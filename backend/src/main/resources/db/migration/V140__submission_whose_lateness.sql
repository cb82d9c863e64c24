-- Owned by org.policyflow.reporting. Whose lateness it is: v_submission names each row's item, period and kind
-- (REPORT: the lead's report; CONTRIBUTION: a supporting body's or implementer's material) and its due date as in
-- force for the item (an approved extension moves it), so the dashboard, the league table and the ledger can blame
-- the lead for its own report only and name the contributors whose material is late or missing.

drop view v_submission;
create view v_submission as
select b.department_id, i.plan_id, b.item_id, p.id as period_id,
  case when b.role = 'LEAD' then 'REPORT' else 'CONTRIBUTION' end as kind,
  coalesce(x.due_at, p.due_at) as due_at,
  case when r.id is not null or c.first_at is not null then 1 else 0 end as submitted,
  case when (b.role = 'LEAD' and r.days_late = 0)
            or (b.role <> 'LEAD' and c.first_at <= coalesce(x.due_at, p.due_at)) then 1 else 0 end as on_time,
  r.days_late
from pf_item_body b
join pf_item i on i.id = b.item_id
join pf_reporting_period p on p.plan_id = i.plan_id
left join pf_report r on b.role = 'LEAD' and r.item_id = b.item_id and r.period_id = p.id and r.revision = 1
left join (select item_id, period_id, department_id, min(recorded_at) as first_at
           from pf_contribution group by item_id, period_id, department_id) c
  on b.role <> 'LEAD' and c.item_id = b.item_id and c.period_id = p.id and c.department_id = b.department_id
left join (select item_id, period_id, max(requested_due_at) as due_at
           from pf_extension where status = 'APPROVED' group by item_id, period_id) x
  on x.item_id = b.item_id and x.period_id = p.id;
