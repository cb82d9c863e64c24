-- What org.policyflow.plan publishes of its tables for other packages to read in their own queries (an item's labels
-- beside a task or an escalation, a target beside its reported figures). Each view is one table: PostgreSQL inlines
-- it; H2 reads it per joined row through the table's primary key (a few microseconds a row).
create view v_item as
select id, plan_id, number, label, title, text, responsibility_note, business_key from pf_item;

create view v_target as
select id, item_id, ordinal, text, target_value, unit, comparator, deadline from pf_target;
