package org.policyflow.web;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** The one answer to a JSON body PolicyFlow's API cannot read: 400, naming the field when there is one. */
public final class UnreadableBody {

    private UnreadableBody() {
    }

    /**
     * @param expected what the endpoint's fields must be, in the user's words (shown when a field is named)
     */
    public static ProblemDetail problem(HttpMessageNotReadableException e, String expected) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("请求格式不正确");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail("字段 " + field + " 的值不正确（" + expected + "）");
            problem.setProperty("field", field);
        } else {
            problem.setDetail("请求体不是有效的 JSON，或缺少请求体");
        }
        return problem;
    }
}
