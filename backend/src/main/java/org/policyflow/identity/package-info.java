/**
 * Who is who and who may do what: one login for the workbench, the Camunda webapps and the engine REST API; the
 * Camunda groups that follow the registry of bodies and their grants; the guard in front of the engine's API; demo
 * accounts and the initial administrator. Of the features it reads only the registry of bodies (department); the others use its vocabulary.
 * <p>
 * Owns no tables (users, groups and grants live in the engine's identity and authorization tables). Publishes the
 * user of a request ({@link org.policyflow.identity.CurrentUser}), the names of the role groups
 * ({@link org.policyflow.identity.IdentityGroups}) with the annotations that require them, and
 * {@link org.policyflow.identity.CamundaGrants} for the grants features make.
 */
@org.policyflow.OwnsTables
package org.policyflow.identity;
