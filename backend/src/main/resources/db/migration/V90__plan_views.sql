-- Owned by org.policyflow.plan (beside V80): the plans and the bodies that carry each item, as the dashboard and the
-- item page read them, never through the plan's tables (see @OwnsTables). A column another package reads stays in
-- its view when the table changes.

create view v_plan as
select id, doc_number, title from pf_plan;

-- Who carries an item: LEAD (at most one), SUPPORTING (in document order), IMPLEMENTER.
create view v_item_body as
select item_id, department_id, role, ordinal from pf_item_body;
