package org.policyflow.simulation;

/** What became of a task in one round. */
enum Outcome {
    /** Completed: the server acknowledged the submitted form. */
    COMPLETED,
    /** Not completed, but acted on: an extension asked for, or a deadline let pass (its timer fired instead). */
    ACTED,
    /** Left open on purpose: waiting for an escalation or an extension decision to end first. */
    WAITING,
    /** Another action in the same instance got there first (HTTP 409): tried again next round. */
    CONFLICT;

    boolean acknowledged() {
        return this == COMPLETED || this == ACTED;
    }
}
