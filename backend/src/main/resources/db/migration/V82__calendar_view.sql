-- What org.policyflow.calendar publishes of the reporting calendar for other packages to read in their own queries
-- (a period's label beside a task).
create view v_reporting_period as
select id, plan_id, ordinal, label, kind, starts_at, ends_at, due_at from pf_reporting_period;
