package org.policyflow.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers 500 for several failures that are the caller's, not the server's. They get a 4xx with
 * a Chinese message instead; everything else keeps Camunda's own answer:
 * <ul>
 * <li>409: somebody else was faster — an OptimisticLockingException (both committed at the same moment), or a task
 * that no longer exists because it was completed a moment ago (seen as a missing task, or as a missing authorization
 * when the loser read the task before the winner's commit and its authorizations after);</li>
 * <li>404: a task that does not exist at all (Camunda answers a form submission for it with 500);</li>
 * <li>400: a deployed file that is not well-formed XML or declares a DOCTYPE (ENGINE-09003; external entities are
 * never read), and values the database refuses as data (SQL state class 22: too long, malformed).</li>
 * </ul>
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    /** Above Camunda's own mappers, which Jersey would otherwise pick for the same exception types. */
    private static final int PRIORITY = 1;
    private static final String UNPARSABLE_MODEL = "ENGINE-09003";

    private final JdbcClient jdbc;

    EngineRestProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void customize(ResourceConfig config) {
        config.register(new RestExceptions(this), PRIORITY);
        config.register(new EngineExceptions(this), PRIORITY);
    }

    Response toResponse(Throwable exception, UriInfo request) {
        if (causedBy(exception, OptimisticLockingException.class) != null) {
            return problem(Response.Status.CONFLICT, ConcurrentUpdateProblems.TITLE,
                    ConcurrentUpdateProblems.CONCURRENT_UPDATE);
        }
        // the winner's commit removed the task and the task-specific authorizations a loser may still be checking
        Optional<String> task = taskId(request);
        boolean missing = causedBy(exception, NullValueException.class) != null;
        if ((missing || causedBy(exception, AuthorizationException.class) != null)
                && task.filter(this::completedTask).isPresent()) {
            return problem(Response.Status.CONFLICT, ConcurrentUpdateProblems.TITLE,
                    ConcurrentUpdateProblems.TASK_ALREADY_DONE);
        }
        if (missing && task.isPresent()) {
            return problem(Response.Status.NOT_FOUND, "任务不存在", "任务 " + task.get() + " 不存在或已被删除。");
        }
        ProcessEngineException engine = causedBy(exception, ProcessEngineException.class);
        if (engine != null && engine.getMessage() != null && engine.getMessage().startsWith(UNPARSABLE_MODEL)) {
            String reason = engine.getMessage().contains("DOCTYPE")
                    ? "文件声明了 DOCTYPE（不允许 DTD 和外部实体）"
                    : "文件不是格式正确的 XML";
            return problem(Response.Status.BAD_REQUEST, "模型文件无法解析",
                    reason + "：" + engine.getMessage().substring(UNPARSABLE_MODEL.length()).trim());
        }
        SQLException sql = causedBy(exception, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            return problem(Response.Status.BAD_REQUEST, "提交的数据无效",
                    "提交的变量名或值超出允许的长度，或含有数据库不接受的字符（如 \\u0000），未保存任何内容。");
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static <T extends Throwable> T causedBy(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Follows JDBC's chained exceptions too: a batch update carries the driver's reason there. */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() == null && cause instanceof SQLException sql) {
            return sql.getNextException();
        }
        return cause.getCause();
    }

    /** The task a request names (/task/{id}/...). */
    private static Optional<String> taskId(UriInfo request) {
        List<String> segments = request.getPathSegments().stream().map(PathSegment::getPath).toList();
        int task = segments.indexOf("task");
        return task < 0 || task + 1 >= segments.size() ? Optional.empty() : Optional.of(segments.get(task + 1));
    }

    /** History records the task as ended. */
    private boolean completedTask(String taskId) {
        return jdbc.sql("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null")
                .param(taskId).query(Long.class).single() > 0;
    }

    /** Camunda's error shape (type, message), which Tasklist and Cockpit show, plus a title. */
    private static Response problem(Response.Status status, String title, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", status.getReasonPhrase(), "title", title, "message", message,
                        "status", status.getStatusCode()))
                .build();
    }

    /** Jersey injects the request into a mapper's @Context field; there is no constructor injection for it. */
    private static final class RestExceptions implements ExceptionMapper<RestException> {
        private final EngineRestProblems problems;
        @Context
        private UriInfo request;

        RestExceptions(EngineRestProblems problems) {
            this.problems = problems;
        }

        @Override
        public Response toResponse(RestException exception) {
            return problems.toResponse(exception, request);
        }
    }

    private static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final EngineRestProblems problems;
        @Context
        private UriInfo request;

        EngineExceptions(EngineRestProblems problems) {
            this.problems = problems;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return problems.toResponse(exception, request);
        }
    }
}
