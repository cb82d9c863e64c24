package org.policyflow.inbox;

import org.policyflow.web.UnreadableBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A task action whose JSON cannot be read (not JSON, a field of the wrong type, an unknown field): 400 naming it. */
@RestControllerAdvice(assignableTypes = InboxController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequest {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return UnreadableBody.problem(e, "文字字段 message、reason、userId 须为字符串，newDueDate 须为日期（如 2025-12-31），"
                + "且不能有其他字段");
    }
}
