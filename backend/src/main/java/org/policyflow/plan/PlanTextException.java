package org.policyflow.plan;

/** The input cannot be read as a plan: empty, binary, too large, or no numbered items. The message says why. */
public class PlanTextException extends RuntimeException {

    public PlanTextException(String message) {
        super(message);
    }
}
