-- Owned by org.policyflow.plan. The name a document gave each body (市发展改革委), kept beside the registry body it was
-- matched to (市发改委) so that people can still see what the document said; null for a body chosen in a correction.
alter table pf_item_body add column written_as varchar(200);

-- The collective a note names first when no single body leads (各有关部门和单位, 各省级人民政府): the lead stays empty
-- and the coordinating office names one accountable body.
alter table pf_item add column collective_lead varchar(200);

-- The deadline a task-division table gives an item (完成时限), as written.
alter table pf_item add column deadline_text varchar(200);

-- v_item_body publishes the spelling too, for the pages of other packages that show an item's bodies.
drop view v_item_body;
create view v_item_body as
select item_id, department_id, role, ordinal, written_as from pf_item_body;
