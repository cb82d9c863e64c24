-- Indexes for the dashboard's read models (org.policyflow.dashboard): the matrix, target progress and league table
-- aggregate reports, figures and contributions of one plan by period, never by reading process variables.
create index pf_report_period on pf_report (period_id, item_id);
create index pf_report_department on pf_report (department_id);
create index pf_target_value_target on pf_target_value (target_id);
create index pf_contribution_department on pf_contribution (department_id, period_id);
create index pf_item_plan on pf_item (plan_id);
