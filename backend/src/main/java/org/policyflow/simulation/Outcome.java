package org.policyflow.simulation;

/** What became of a task in one round. */
enum Outcome {
    /** Completed (or an extension asked for: the task then waits for the office). */
    DONE,
    /** Left open on purpose: waiting for an escalation or an extension decision to end first. */
    WAITING,
    /** Another action in the same instance got there first (HTTP 409): tried again next round. */
    CONFLICT
}
