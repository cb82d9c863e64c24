/**
 * Model management: deploying the BPMN, DMN and form models of bpmn/ at start-up, the models as deployed and their
 * versions, checks of an uploaded model before it is deployed from the in-app modeler, the beans and expressions
 * models may name, and reviewed deploys (a modeller's change waits for an administrator's approval when
 * policyflow.models.review is true).
 * <p>
 * Owns pf_model_change (models themselves live in the engine's repository tables). Publishes nothing for other
 * packages.
 */
@org.policyflow.OwnsTables("pf_model_change")
package org.policyflow.models;
