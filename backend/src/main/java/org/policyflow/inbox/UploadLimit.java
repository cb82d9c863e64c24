package org.policyflow.inbox;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the container refuses while reading it, before any controller sees it: answered in Chinese, above Spring's
 * own problem details. Tomcat refuses a file name with a NUL character, and a part header over its limit (a file name
 * of several hundred characters), itself.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Attachments.CONTROL_CHARACTERS);
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than")) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Attachments.TOO_LONG);
            }
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "文件不能超过 10 MB");
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "上传的请求无法读取(不是有效的 multipart/form-data)");
    }
}
