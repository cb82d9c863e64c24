package org.policyflow.inbox;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("请求格式不正确");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail("字段 " + field + " 的值不正确:文字字段(message、reason、userId)须为字符串,"
                    + "newDueDate 须为日期(如 2025-12-31),且不能有其他字段");
            problem.setProperty("field", field);
        } else {
            problem.setDetail("请求体不是有效的 JSON,或缺少请求体");
        }
        return problem;
    }
}
