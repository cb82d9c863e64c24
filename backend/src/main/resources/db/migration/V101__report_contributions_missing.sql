-- Owned by org.policyflow.reporting. The lead's report opens on the calendar and does not wait for late contributors:
-- each revision records how many contributions were still missing when the lead submitted it, so a light or a
-- ledger can tell the lead's own lateness (days_late) from the contributors' (contributions_missing).

alter table pf_report add column contributions_missing integer;   -- null: recorded before this column

drop view v_report;
create view v_report as
select r.id, i.plan_id, r.item_id, r.period_id, r.revision, r.rating, r.days_late, r.narrative, r.recorded_at,
  (select max(v.decision) from pf_review v where v.report_id = r.id) as review_decision, r.contributions_missing
from pf_report r join pf_item i on i.id = r.item_id;
