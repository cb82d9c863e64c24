package org.policyflow.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers 500 for several failures that are the caller's, not the server's. They get a 4xx with
 * a Chinese message instead, in Camunda's error shape (type, message) with a Chinese title:
 * <ul>
 * <li>409: somebody else was faster — an OptimisticLockingException (both committed at the same moment), the same
 * row inserted twice at once (a unique index: one user claiming a task in two requests inserts its grant twice), or
 * a task that no longer exists because it was completed a moment ago (seen as a missing task, as a missing
 * authorization when the loser read the task before the winner's commit and its authorizations after, or as any
 * engine failure on the execution the winner removed);</li>
 * <li>404: a task that does not exist at all (Camunda answers a form submission for it with 500);</li>
 * <li>400: a query parameter that is not a number (negative paging never gets here: identity.EngineApiGuard refuses
 * it), a body that is not the JSON the endpoint reads, deleting a task of a running process, a condition no process
 * waits for, a stored variable value that cannot be deserialized (workflow.TypedVariablesOnly refuses writing
 * one), a deployed file that is not well-formed XML or declares a DOCTYPE (ENGINE-09003; external entities are never
 * read), and values the database refuses as data (SQL state class 22: too long, malformed).</li>
 * </ul>
 * Camunda's own 4xx answers keep their message and gain a Chinese title.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    /** Above Camunda's own mappers, which Jersey would otherwise pick for the same exception types. */
    private static final int PRIORITY = 1;
    private static final String UNPARSABLE_MODEL = "ENGINE-09003";
    /** Engine messages of requests that cannot succeed as sent (Camunda answers them with 500), and what to say. */
    private static final Map<String, String> CALLERS_MISTAKES = Map.of(
            "The task cannot be deleted because is part of a running",
            "流程中的任务不能删除，只能办理完成（或由流程本身结束）。",
            "ENGINE-13043", "没有流程以条件启动事件等待这些变量，未启动任何流程。请检查请求中的变量。",
            "Cannot deserialize object in variable",
            "变量的值无法按其声明的类型读取（类型未知或不允许），请以不反序列化的方式读取（deserializeValue=false）。",
            "ENGINE-03041", "变量的值无法按其声明的类型读取（类型未知或不允许）。");
    private static final Pattern BAD_PARAMETER = Pattern.compile("Cannot set query parameter '([^']*)' to value '([^']*)'");
    private static final Map<Integer, String> TITLES = Map.of(400, "请求不正确", 401, "需要登录", 403, "没有权限",
            404, "不存在", 405, "不支持此操作", 409, "操作冲突", 415, "不支持的内容类型");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    EngineRestProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void customize(ResourceConfig config) {
        config.register(new RestExceptions(this), PRIORITY);
        config.register(new EngineExceptions(this), PRIORITY);
        config.register(new ParameterExceptions(), PRIORITY);
        config.register(new MissingFields(this), PRIORITY);
        config.register(new UnreadableJson(), PRIORITY);
        config.register(new MalformedJson(), PRIORITY);
    }

    Response toResponse(Throwable exception, UriInfo request) {
        if (causedBy(exception, OptimisticLockingException.class) != null) {
            return problem(Response.Status.CONFLICT, ConcurrentUpdateProblems.TITLE,
                    ConcurrentUpdateProblems.CONCURRENT_UPDATE);
        }
        if (ConcurrentUpdateProblems.uniqueViolation(exception)) {
            // the same row inserted by two requests at once, e.g. the assignee's grant of a task claimed twice
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
        String engineMessage = engine == null || engine.getMessage() == null ? "" : engine.getMessage();
        if (engineMessage.startsWith(UNPARSABLE_MODEL)) {
            String reason = engineMessage.contains("DOCTYPE")
                    ? "文件声明了 DOCTYPE（不允许 DTD 和外部实体）"
                    : "文件不是格式正确的 XML";
            return problem(Response.Status.BAD_REQUEST, "模型文件无法解析",
                    reason + "：" + engineMessage.substring(UNPARSABLE_MODEL.length()).trim());
        }
        for (Map.Entry<String, String> known : CALLERS_MISTAKES.entrySet()) {
            if (exceptionMessages(exception).anyMatch(message -> message.contains(known.getKey()))) {
                return problem(Response.Status.BAD_REQUEST, "请求无法执行", known.getValue());
            }
        }
        SQLException sql = causedBy(exception, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            return problem(Response.Status.BAD_REQUEST, "提交的数据无效",
                    "提交的变量名或值超出允许的长度，或含有数据库不接受的字符（如 \\u0000），未保存任何内容。");
        }
        Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
        if (camunda.getStatus() >= 500 && task.filter(this::completedTask).isPresent()) {
            // the winner's commit removed the execution the loser was still working on (Camunda then trips over
            // a process instance it reads as null)
            return problem(Response.Status.CONFLICT, ConcurrentUpdateProblems.TITLE,
                    ConcurrentUpdateProblems.TASK_ALREADY_DONE);
        }
        if (camunda.getStatus() >= 500 && !serverFault(exception)) {
            return problem(Response.Status.BAD_REQUEST, "请求无法执行",
                    "引擎不能按此请求执行，请检查请求的内容和所指对象的状态：" + exception.getMessage());
        }
        return inChinese(camunda);
    }

    /**
     * Whether a failure is the server's own: the database or I/O failed, the JVM ran short, or PolicyFlow's code threw.
     * Everything else that Camunda's REST API answers with 500 is the engine refusing a request as it was sent — a
     * required field missing from the body (a NullPointerException in Camunda's DTOs, "workerId is null"), an unknown
     * job, an execution that cannot be signalled, a definition that still has instances — and is the caller's to fix.
     */
    private static boolean serverFault(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, EngineRestProblems::next).anyMatch(cause ->
                cause instanceof SQLException || cause instanceof PersistenceException || cause instanceof IOException
                        || cause instanceof Error || thrownByPolicyFlow(cause));
    }

    private static boolean thrownByPolicyFlow(Throwable cause) {
        StackTraceElement[] trace = cause.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.policyflow.");
    }

    /**
     * Camunda's own 4xx answers keep their shape and English message (Cockpit, Tasklist and the modeler page show it;
     * ENGINE- codes stay searchable) and gain a Chinese title; the query-parameter mistakes get a Chinese message.
     */
    private static Response inChinese(Response camunda) {
        if (camunda.getStatus() < 400 || camunda.getStatus() >= 500 || !(camunda.getEntity() instanceof ExceptionDto)) {
            return camunda;
        }
        Map<String, Object> body = new LinkedHashMap<>(JSON.convertValue(camunda.getEntity(), MAP));
        String message = String.valueOf(body.get("message"));
        Matcher parameter = BAD_PARAMETER.matcher(message);
        if (parameter.find()) {
            body.put("message", "查询参数 " + parameter.group(1) + " 的值「" + parameter.group(2) + "」无效。");
        } else if (message.contains("sortBy and sortOrder required") || message.contains("orderBy methods first")) {
            body.put("message", "排序须同时给出有效的 sortBy 和 sortOrder（asc 或 desc）。");
        }
        if (!message.equals(body.get("message"))) {
            body.put("engineMessage", message);
        }
        body.put("title", TITLES.getOrDefault(camunda.getStatus(), "请求被拒绝"));
        return Response.status(camunda.getStatus()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Stream<String> exceptionMessages(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, EngineRestProblems::next).map(Throwable::getMessage)
                .filter(Objects::nonNull);
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

    /**
     * Hands an engine failure to {@link #toResponse}. Jersey injects the request into a mapper's @Context field; there is
     * no constructor injection for it.
     */
    private abstract static class ToProblem<T extends Throwable> implements ExceptionMapper<T> {
        private final EngineRestProblems problems;
        @Context
        private UriInfo request;

        ToProblem(EngineRestProblems problems) {
            this.problems = problems;
        }

        @Override
        public Response toResponse(T exception) {
            return problems.toResponse(exception, request);
        }
    }

    private static final class RestExceptions extends ToProblem<RestException> {
        RestExceptions(EngineRestProblems problems) {
            super(problems);
        }
    }

    private static final class EngineExceptions extends ToProblem<ProcessEngineException> {
        EngineExceptions(EngineRestProblems problems) {
            super(problems);
        }
    }

    /** A field missing from the body reaches Camunda's DTOs as a NullPointerException, which Camunda answers with 500. */
    private static final class MissingFields extends ToProblem<NullPointerException> {
        MissingFields(EngineRestProblems problems) {
            super(problems);
        }
    }

    /** A query parameter Jersey cannot convert (firstResult=abc, a number beyond int): 400 naming it, not 404. */
    private static final class ParameterExceptions implements ExceptionMapper<ParamException> {
        @Override
        public Response toResponse(ParamException exception) {
            return problem(Response.Status.BAD_REQUEST, "请求参数不正确", "参数 " + exception.getParameterName()
                    + " 的值格式不正确（如分页参数须为 0 到 2147483647 之间的整数）。");
        }
    }

    /** A body that is JSON but not of the shape the endpoint reads (a list for an object, text for a number). */
    private static final class UnreadableJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return unreadable(exception);
        }
    }

    private static final class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return unreadable(exception);
        }
    }

    private static Response unreadable(JsonProcessingException exception) {
        return problem(Response.Status.BAD_REQUEST, "请求格式不正确",
                "请求体不是有效的 JSON，或字段的类型不对：" + exception.getOriginalMessage());
    }
}
