-- Owned by org.policyflow.escalation. The 督办单's number, 督办〔2025〕12号: the year of its issue date in Asia/Shanghai
-- and its place among that year's notices, given when the notice is issued (escalation.EscalationRepository). Every
-- issue first locks the one row of pf_escalation_numbering, so two notices issued at once take numbers one after the
-- other; the unique constraint is the backstop. Notices issued before this migration are numbered in issue order.

alter table pf_escalation_notice add column number_year integer;
alter table pf_escalation_notice add column number_seq integer;

update pf_escalation_notice
set number_year = cast(extract(year from issued_at at time zone 'Asia/Shanghai') as integer);
update pf_escalation_notice n
set number_seq = (select count(*) from pf_escalation_notice p where p.number_year = n.number_year
                  and (p.issued_at < n.issued_at or (p.issued_at = n.issued_at and p.id <= n.id)));

alter table pf_escalation_notice alter column number_year set not null;
alter table pf_escalation_notice alter column number_seq set not null;
alter table pf_escalation_notice add constraint pf_escalation_notice_number unique (number_year, number_seq);

create table pf_escalation_numbering (
    id     integer primary key,          -- always 1
    issued bigint  not null              -- notices numbered since this migration; the update is the lock
);
insert into pf_escalation_numbering (id, issued) values (1, 0);
