package org.policyflow.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two users acting on the same task or instance at once: the engine lets one commit and throws an
 * OptimisticLockingException at the other. That is a conflict the user resolves by reloading, not a server fault.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcurrentUpdateProblems {

    static final String TITLE = "操作冲突";
    static final String CONCURRENT_UPDATE = "该事项刚被其他用户同时办理，您的操作未生效。请刷新后查看最新状态。";
    static final String TASK_ALREADY_DONE = "该任务已由其他用户办理完毕，您的操作未生效。请刷新待办列表。";

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentUpdate(OptimisticLockingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT_UPDATE);
        problem.setTitle(TITLE);
        return problem;
    }
}
