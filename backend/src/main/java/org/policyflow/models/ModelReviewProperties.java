package org.policyflow.models;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of model management (prefix {@code policyflow.models}).
 *
 * @param review when true (profile {@code postgres}), a modeller's change waits as a pending model change for an
 *               administrator's approval before it is deployed, and the engine refuses a modeller's direct deployment;
 *               false (the demo profile) lets modellers deploy at once
 */
@ConfigurationProperties("policyflow.models")
record ModelReviewProperties(@DefaultValue("false") boolean review) {
}
