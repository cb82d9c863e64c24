-- What org.policyflow.department publishes of the registry for other packages to read in their own queries (a
-- body's name beside a plan's items or an escalation).
create view v_department as
select id, name, kind from pf_department;
