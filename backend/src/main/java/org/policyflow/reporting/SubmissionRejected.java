package org.policyflow.reporting;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form value the server refuses. Thrown from a task listener, it rolls back the task's completion and
 * everything written with it; Camunda's REST API answers submit-form with it as 400 Bad Request.
 */
public class SubmissionRejected extends FormFieldValidationException {

    public SubmissionRejected(String field, String message) {
        super(field, message);
    }
}
