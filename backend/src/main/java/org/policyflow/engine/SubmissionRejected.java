package org.policyflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form value the server refuses. Thrown from a user task's {@code complete} listener, it rolls back the
 * completion and everything written with it; {@link SubmissionRejectionPlugin} lets it reach the caller, so Camunda's
 * REST API answers submit-form and complete with 400 Bad Request and this message.
 */
public class SubmissionRejected extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    public SubmissionRejected(String field, String message) {
        super(field, message);
    }
}
