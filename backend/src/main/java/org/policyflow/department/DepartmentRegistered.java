package org.policyflow.department;

/**
 * Published inside the transaction that inserts a pf_department row (registry sync at start-up, or a body an
 * import created), so that its Camunda group is created with it.
 */
public record DepartmentRegistered(String id, String name, String kind) {
}
