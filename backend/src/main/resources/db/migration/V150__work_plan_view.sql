-- Owned by org.policyflow.reporting. The item page's 工作计划: each cell of the lead's current work plan (the latest one
-- it submitted), with the target and period it belongs to and who submitted it when.
create view v_work_plan as
select w.item_id, w.id as work_plan_id, w.recorded_at, w.recorded_by, d.name as department_name,
  p.ordinal as period_ordinal, p.label as period_label, t.ordinal as target_ordinal, t.text as target_text, t.unit,
  m.description as milestone, m.planned_value
from pf_work_plan w
join pf_milestone m on m.work_plan_id = w.id
join v_department d on d.id = w.department_id
join v_reporting_period p on p.id = m.period_id
left join v_target t on t.id = m.target_id
where w.id = (select max(x.id) from pf_work_plan x where x.item_id = w.item_id);
