package org.policyflow.plan;

/** The input cannot be read as a plan: empty, binary, too large, or no numbered items. The message says why. */
class PlanTextException extends RuntimeException {

    PlanTextException(String message) {
        super(message);
    }
}
