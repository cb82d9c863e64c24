package org.policyflow.reporting;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the server refuses that does not come from a task form, such as an extension request correlated as a
 * message: Camunda's REST API answers it with 400 (submit-form answers {@link SubmissionRejected} with 400).
 */
public class RequestRejected extends BadUserRequestException {

    public RequestRejected(String message) {
        super(message);
    }
}
