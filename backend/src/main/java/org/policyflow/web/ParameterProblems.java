package org.policyflow.web;

import java.util.Arrays;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A path or query parameter of the wrong type ({@code /api/items/abc}): 400 naming the parameter and what it must be,
 * in the user's language, instead of Spring's "Failed to convert 'id' with value: 'abc'".
 */
@RestControllerAdvice
// before Spring's own problem-details handler, which answers the same exception in English
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "其他格式的值"
                : Number.class.isAssignableFrom(type) || type == long.class || type == int.class ? "数字"
                : type.isEnum() ? "以下之一:" + String.join("、", Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).toList())
                : "其他格式的值";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "参数「" + e.getName() + "」应为" + expected + ",收到「" + e.getValue() + "」");
        problem.setTitle("请求参数不正确");
        problem.setProperty("field", e.getName());
        return problem;
    }
}
