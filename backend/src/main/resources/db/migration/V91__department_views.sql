-- Owned by org.policyflow.department. The registry of bodies as other packages read it (see @OwnsTables).

create view v_department as
select id, name, kind from pf_department;
