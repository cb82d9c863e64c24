package org.policyflow.web;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two users acting on the same task or instance at once: the engine lets one commit and throws an
 * OptimisticLockingException at the other (or the database's unique index refuses the second of two equal rows).
 * That is a conflict the user resolves by reloading, not a server fault.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcurrentUpdateProblems {

    static final String TITLE = "操作冲突";
    static final String CONCURRENT_UPDATE = "该事项刚被其他用户同时办理，您的操作未生效。请刷新后查看最新状态。";
    static final String TASK_ALREADY_DONE = "该任务已由其他用户办理完毕，您的操作未生效。请刷新待办列表。";
    /** SQL state of a unique index violation (H2, PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentUpdate(OptimisticLockingException ignored) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT_UPDATE);
        problem.setTitle(TITLE);
        return problem;
    }

    /**
     * Two requests inserting the same row at once: the engine flushes both, the database's unique index lets one
     * commit. Seen when one user claims a task in several requests at once (the assignee's grant on the task).
     */
    @ExceptionHandler(ProcessEnginePersistenceException.class)
    ProblemDetail duplicateInsert(ProcessEnginePersistenceException e) throws ProcessEnginePersistenceException {
        if (uniqueViolation(e)) {
            return concurrentUpdate(null);
        }
        throw e;
    }

    /** Whether a unique index refused the write, anywhere in the causes (JDBC batches chain the driver's reason). */
    static boolean uniqueViolation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null;
                    sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
