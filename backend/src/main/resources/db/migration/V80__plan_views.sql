-- What org.policyflow.plan publishes of its tables for other packages to read in their own queries (an item's labels
-- beside a task or an escalation, a target beside its reported figures). A view over one table: H2 and PostgreSQL
-- read it as the table itself, with the same indexes.
create view v_item as
select id, plan_id, number, label, title, business_key from pf_item;

create view v_target as
select id, item_id, ordinal, text, target_value, unit, comparator, deadline from pf_target;
