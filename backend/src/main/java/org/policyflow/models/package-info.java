/**
 * Model management: deploying the BPMN, DMN and form models of bpmn/ at start-up, the models as deployed and their
 * versions, checks of an uploaded model before it is deployed from the in-app modeler, and the beans and expressions
 * models may name.
 * <p>
 * Owns no tables (models live in the engine's repository tables). Publishes nothing for other packages.
 */
@org.policyflow.OwnsTables
package org.policyflow.models;
