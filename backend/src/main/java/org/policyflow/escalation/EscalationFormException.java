package org.policyflow.escalation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted escalation form value the server refuses. It is a {@link FormFieldValidationException} because that is
 * the one engine exception the REST API's submit-form and complete endpoints answer with 400 and the message; any
 * other ProcessEngineException (BadUserRequestException included) becomes a 500 there. Thrown from execution
 * listeners, which the engine passes on unwrapped (task listeners wrap every exception into ENGINE-03029).
 */
class EscalationFormException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    EscalationFormException(String field, String message) {
        super(field, message);
    }
}
