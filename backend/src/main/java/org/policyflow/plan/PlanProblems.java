package org.policyflow.plan;

import org.policyflow.web.UnreadableBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for bad plan uploads, naming the field or the reason in Chinese. */
@RestControllerAdvice(assignableTypes = PlanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    /** A text the reader could not finish in time: well-formed, so not 400, but not one it can take. */
    @ExceptionHandler(PlanTooComplexException.class)
    ProblemDetail tooComplex(PlanTooComplexException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                e.getMessage());
        problem.setTitle("方案文本过于复杂");
        problem.setProperty("field", "text");
        return problem;
    }

    @ExceptionHandler(PlanTextException.class)
    ProblemDetail unreadablePlan(PlanTextException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("无法读取方案文本");
        problem.setProperty("field", "text");
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableRequest(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlanRequestLimit.TooLargeException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        PlanRequestLimit.tooLargeMessage());
                problem.setTitle("请求过大");
                return problem;
            }
        }
        return UnreadableBody.problem(e, "text 为字符串，calendarAnchor 为 REBASED 或 ORIGINAL，corrections 为列表");
    }
}
