/**
 * The registry of bodies (departments, counties, offices): the shipped registry file, its copy in the database with
 * the other names documents use, the bodies imports add, and the list the workbench chooses from.
 * <p>
 * Owns pf_department and pf_department_alias. Publishes {@link org.policyflow.department.DepartmentRegistered} (a body
 * added while PolicyFlow runs), the query class {@link org.policyflow.department.DepartmentService} and the view
 * v_department (a body's id, name and kind).
 */
@org.policyflow.OwnsTables(value = {"pf_department", "pf_department_alias"}, views = {"v_department"})
package org.policyflow.department;
