/**
 * Who is who and who may do what: one login for the workbench, the Camunda webapps and the engine REST API; the
 * Camunda groups that follow the registry of bodies and their grants; read access of an item's bodies to its process
 * instances; the guard in front of the engine's API; demo accounts and the initial administrator.
 * <p>
 * Owns no tables (users, groups and grants live in the engine's identity and authorization tables). Publishes the
 * user of a request ({@link org.policyflow.identity.CurrentUser}) and the names of the role groups
 * ({@link org.policyflow.identity.IdentityGroups}).
 */
@org.policyflow.OwnsTables
package org.policyflow.identity;
