-- Owned by org.policyflow.plan. The plan's published read models: other packages read plans, items, the bodies that
-- carry them and their targets through these views, never through the plan's tables (see @OwnsTables). A column
-- another package reads stays in its view when the table changes.

create view v_plan as
select id, doc_number, title from pf_plan;

create view v_item as
select id, plan_id, number, label, title, text, responsibility_note, business_key from pf_item;

-- Who carries an item: LEAD (at most one), SUPPORTING (in document order), IMPLEMENTER.
create view v_item_body as
select item_id, department_id, role, ordinal from pf_item_body;

create view v_target as
select id, item_id, ordinal, text, target_value, unit, comparator, deadline from pf_target;
