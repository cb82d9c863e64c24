-- How the reporting calendar of a plan is laid out (read by the workflow's calendar):
-- REBASED: periods start from the import date; ORIGINAL: periods follow the plan's own year.
alter table pf_plan add column calendar_anchor varchar(16) default 'REBASED' not null;
alter table pf_plan add constraint pf_plan_calendar_anchor check (calendar_anchor in ('REBASED', 'ORIGINAL'));
