package org.policyflow.reporting;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the server refuses that does not come from a task form, such as an extension request correlated as a
 * message. As a BadUserRequestException it reaches the caller unwrapped from a delegate, Camunda's REST API answers
 * it with 400 and the engine logs it at DEBUG (task forms use {@link org.policyflow.engine.SubmissionRejected}).
 */
public class RequestRejected extends BadUserRequestException {

    public RequestRejected(String message) {
        super(message);
    }
}
