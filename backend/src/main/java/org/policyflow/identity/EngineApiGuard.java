package org.policyflow.identity;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.policyflow.engine.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The guard in front of Camunda's engine API (/engine-rest and the webapps' /camunda/api/engine) and Cockpit's plugin
 * API. The engine's authorizations say which tasks a user may work on, but UPDATE on a task also lets it rewrite any
 * variable in the task's scope, hand the task to anyone or add candidates; so here, after Spring Security has
 * identified the user:
 * <ul>
 * <li>a request that changes state is refused unless it is on a short list: queries sent as POST, claiming for
 * oneself, unclaiming, commenting, completing (submit-form, complete), handing a task to a colleague of its body,
 * deploying and migrating process instances (/migration/generate, validate, execute, executeAsync) for modellers.
 * Members of camunda-admin skip the list, not the input checks below;</li>
 * <li>a completion may set only the fields of its task's Camunda Form (a read-only field only to its current value),
 * of plain types: no Object, Bytes or File variables;</li>
 * <li>paging parameters are non-negative integers, at most {@value #MAX_RESULTS} results;</li>
 * <li>Cockpit's plugin API is for users with Cockpit access.</li>
 * </ul>
 * Refusals use Camunda's error shape ({"type", "message"}), which Tasklist and Cockpit show.
 */
class EngineApiGuard extends OncePerRequestFilter {

    static final int MAX_RESULTS = 2000;
    /** A request body the guard reads; a Camunda Form's submission is far smaller. */
    static final int MAX_BODY = 2 * 1024 * 1024;
    /** As the workbench's comments (inbox/TaskActions.MAX_COMMENT). */
    static final int MAX_COMMENT = 2000;

    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
    private static final String COCKPIT = "cockpit";
    /** Camunda's REST type names (first letter lower-cased, as the REST API resolves them) a completion may use. */
    private static final Set<String> PLAIN_TYPES =
            Set.of("string", "boolean", "short", "integer", "long", "double", "date", "json", "null");
    /** Queries that Camunda's REST API takes as POST (a filter's list, count and singleResult are added below). */
    private static final Set<String> NUMBER_TYPES = Set.of("short", "integer", "long", "double");
    private static final Set<String> POST_QUERIES = Set.of("task", "process-instance", "variable-instance",
            "execution", "external-task", "job", "job-definition", "case-instance", "case-execution");
    private static final Set<String> POST_HISTORY_QUERIES = Set.of("task", "process-instance", "activity-instance",
            "variable-instance", "detail", "job-log", "external-task-log", "case-instance", "case-activity-instance");
    private static final Set<String> FILTER_QUERIES = Set.of("list", "count", "singleResult");
    /** Camunda's migration API, open to modellers; the engine checks MIGRATE_INSTANCE and batch creation itself. */
    private static final Set<String> MIGRATION = Set.of("generate", "validate", "execute", "executeAsync");

    /** Duplicate names are refused: the engine would read the last, a check might read another. */
    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final CurrentUsers users;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TaskFormFields forms;

    EngineApiGuard(CurrentUsers users, TaskService taskService, IdentityService identityService,
            AuthorizationService authorizationService, TaskFormFields forms) {
        this.users = users;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.forms = forms;
    }

    /** A refused request: status and the Chinese message the caller sees. */
    static final class Refusal extends RuntimeException {
        private final HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiRequest api = EngineApiRequest.of(request);
        CurrentUser user = users.find().orElse(null);
        // without a user the engine API answers 401 itself
        if (api == null || user == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest checked;
        try {
            checked = check(api, user, request);
        } catch (Refusal refusal) {
            log.info("Engine API refused {} {} for {}: {} {}", api.method(), request.getRequestURI(), user.userId(),
                    refusal.status.value(), refusal.getMessage());
            response.setStatus(refusal.status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(),
                    Map.of("type", refusal.status.getReasonPhrase(), "message", refusal.getMessage()));
            return;
        }
        chain.doFilter(checked, response);
    }

    /** The request to hand on (with its body read again, if the guard read it); a Refusal when it must not pass. */
    private HttpServletRequest check(EngineApiRequest api, CurrentUser user, HttpServletRequest request)
            throws IOException {
        boolean admin = user.groupIds().contains(IdentityGroups.CAMUNDA_ADMIN);
        checkPaging(request.getQueryString(), admin);
        if (api.api() == EngineApiRequest.Api.COCKPIT) {
            if (!admin && !hasCockpit(user)) {
                throw forbidden("Cockpit 只供协调办公室、建模人员和管理员使用。");
            }
            return request;
        }
        if (!api.changesState() || api.method().equals("POST") && isQuery(api)) {
            return request;
        }
        if (api.method().equals("POST") && api.resource().size() >= 3 && api.segment(0).equals("task")) {
            String taskId = api.segment(1);
            if (api.is("task", "*", "submit-form") || api.is("task", "*", "complete")) {
                return withBody(request, body -> checkCompletion(taskId, body));
            }
            if (api.is("task", "*", "comment", "create")) {
                if (!admin) {
                    checkOwnBody(taskId, user);
                }
                return withBody(request, EngineApiGuard::checkComment);
            }
            if (!admin && api.is("task", "*", "claim")) {
                return withBody(request, body -> checkClaim(user, body));
            }
            if (!admin && api.is("task", "*", "unclaim")) {
                return request;
            }
            if (!admin && (api.is("task", "*", "assignee") || api.is("task", "*", "delegate"))) {
                boolean mayClear = api.segment(2).equals("assignee");
                return withBody(request, body -> checkHandOver(taskId, user, body, mayClear));
            }
        }
        if (admin || api.method().equals("POST") && user.isModeller() && (api.is("deployment", "create")
                || MIGRATION.stream().anyMatch(step -> api.is("migration", step)))) {
            return request;
        }
        throw forbidden("不允许通过引擎接口执行 " + api.method() + " " + api.path()
                + "：任务只能通过认领、填写任务表单、办理完成、意见和本单位内转交来办理。");
    }

    private static boolean isQuery(EngineApiRequest api) {
        List<String> path = api.resource();
        if (path.size() == 1 || path.size() == 2 && path.get(1).equals("count")) {
            return POST_QUERIES.contains(path.get(0));
        }
        if (path.size() >= 2 && path.size() <= 3 && path.get(0).equals("history")) {
            return POST_HISTORY_QUERIES.contains(path.get(1)) && (path.size() == 2 || path.get(2).equals("count"));
        }
        return path.size() == 3 && path.get(0).equals("filter") && FILTER_QUERIES.contains(path.get(2));
    }

    /** Administrators' scripts (the year simulation's summary) may read more than a page of the size a screen shows. */
    private static void checkPaging(String query, boolean admin) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!name.equals("firstResult") && !name.equals("maxResults")) {
                continue;
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) > Integer.MAX_VALUE) {
                throw badRequest("分页参数 " + name + " 必须是不小于 0 的整数，收到的是「" + abbreviate(value) + "」。");
            }
            if (!admin && name.equals("maxResults") && Long.parseLong(value) > MAX_RESULTS) {
                throw badRequest("分页参数 maxResults 不能超过 " + MAX_RESULTS + "，收到的是 " + value + "。");
            }
        }
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw badRequest("查询参数的编码不正确：" + abbreviate(part));
        }
    }

    private boolean hasCockpit(CurrentUser user) {
        return EngineAsSystem.call(identityService, () -> authorizationService.isUserAuthorized(user.userId(),
                new ArrayList<>(user.groupIds()), Permissions.ACCESS, Resources.APPLICATION, COCKPIT));
    }

    private void checkCompletion(String taskId, JsonNode body) {
        JsonNode variables = body.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return;
        }
        if (!variables.isObject()) {
            throw badRequest("variables 必须是以变量名为键的对象。");
        }
        if (variables.isEmpty() || findTask(taskId) == null) {
            // a task that does not exist gets the engine's 404
            return;
        }
        TaskFormFields.Fields fields = formFields(taskId);
        if (fields == null) {
            // completed by someone else since the look above: the engine answers that it is done (409)
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = entries.next();
            String name = variable.getKey();
            TaskFormFields.Field field = fields.get(name).orElseThrow(() -> forbidden("变量「" + name
                    + "」不是本任务表单中的字段，不能随任务提交"
                    + (fields.byName().isEmpty() ? "（本任务没有表单，不接受任何变量）。" : "。")));
            String shown = "「" + field.label() + "」(" + name + ")";
            String type = checkType(shown, variable.getValue());
            JsonNode value = variable.getValue().path("value");
            checkKind(field.kind(), shown, type, value);
            if (field.locked() && !unchanged(taskId, name, value)) {
                throw forbidden(shown + " 在表单中只读，不能修改。");
            }
        }
    }

    /** A task whose form cannot be resolved accepts no variables; null when the task has meanwhile gone. */
    private TaskFormFields.Fields formFields(String taskId) {
        try {
            return forms.of(taskId);
        } catch (ProcessEngineException e) {
            if (findTask(taskId) == null) {
                return null;
            }
            log.warn("The form of task {} cannot be resolved; it accepts no variables: {}", taskId, e.getMessage());
            return TaskFormFields.Fields.NONE;
        }
    }

    /** The variable's REST type name (first letter lower-cased, as Camunda resolves it), null when untyped. */
    /** @param shown the field as messages name it: its label and variable */
    private static String checkType(String shown, JsonNode variable) {
        if (!variable.isObject()) {
            throw badRequest(shown + " 的格式不正确，应为 {\"value\": …, \"type\": …}。");
        }
        JsonNode type = variable.path("type");
        if (type.isMissingNode() || type.isNull()) {
            // untyped: the engine infers the type, which for an object or a list would be a Java object
            if (variable.path("value").isContainerNode()) {
                throw badRequest(shown + " 是对象或列表，须注明类型 Json。");
            }
            return null;
        }
        String given = type.asText();
        String restType = given.isEmpty() ? given : Character.toLowerCase(given.charAt(0)) + given.substring(1);
        if (!type.isTextual() || !PLAIN_TYPES.contains(restType)) {
            throw badRequest(shown + " 的类型「" + abbreviate(given)
                    + "」不允许：只接受 String、Boolean、Short、Integer、Long、Double、Date、Json 和 Null。");
        }
        return restType;
    }

    /** Text fields take text, number fields numbers, checkboxes true or false; any of them may be empty. */
    private static void checkKind(TaskFormFields.Kind kind, String shown, String type, JsonNode value) {
        boolean empty = value.isNull() || value.isMissingNode();
        boolean typeFits = type == null || type.equals("null") || switch (kind) {
            case TEXT -> type.equals("string");
            case NUMBER -> NUMBER_TYPES.contains(type);
            case BOOLEAN -> type.equals("boolean");
            case ANY -> true;
        };
        boolean valueFits = empty || switch (kind) {
            case TEXT -> value.isTextual();
            case NUMBER -> value.isNumber() || type != null && value.isTextual();
            case BOOLEAN -> value.isBoolean() || type != null && value.isTextual();
            case ANY -> true;
        };
        boolean fits = typeFits && valueFits;
        if (!fits) {
            String expected = switch (kind) {
                case TEXT -> "文本";
                case NUMBER -> "数字";
                default -> "是或否（true/false）";
            };
            throw badRequest(shown + " 应为" + expected + "，收到的是 "
                    + (type == null ? "" : type + " ")
                    + abbreviate(value.toString()) + "。");
        }
    }

    /** Whether a read-only field comes back as the form showed it: its variable's value, or empty when it has none. */
    private boolean unchanged(String taskId, String name, JsonNode submitted) {
        TypedValue current = EngineAsSystem.call(identityService,
                () -> taskService.getVariableTyped(taskId, name, false));
        Object value = current == null ? null : current.getValue();
        if (current instanceof SerializableValue serialized) {
            return current.getType().getName().equals("json") && sameJson(serialized.getValueSerialized(), submitted);
        }
        if (value == null) {
            return submitted.isMissingNode() || submitted.isNull() || submitted.isTextual() && submitted.asText().isEmpty();
        }
        if (value instanceof Number number) {
            return submitted.isNumber() && submitted.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
        }
        if (value instanceof Boolean flag) {
            return submitted.isBoolean() && submitted.booleanValue() == flag;
        }
        return value instanceof String text && submitted.isTextual() && submitted.asText().equals(text);
    }

    private boolean sameJson(String stored, JsonNode submitted) {
        try {
            JsonNode value = submitted.isTextual() ? json.readTree(submitted.asText()) : submitted;
            return stored != null && json.readTree(stored).equals(value);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void checkComment(JsonNode body) {
        JsonNode message = body.path("message");
        if (!message.isTextual() || message.asText().isBlank()) {
            throw badRequest("「意见」(message) 不能为空。");
        }
        String text = message.asText();
        if (text.length() > MAX_COMMENT) {
            throw badRequest("「意见」(message) 不能超过 " + MAX_COMMENT + " 字，收到 " + text.length() + " 字。");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw badRequest("「意见」(message) 含有不允许的控制字符（如 \\u0000）。");
        }
    }

    private static void checkClaim(CurrentUser user, JsonNode body) {
        JsonNode userId = body.path("userId");
        if (!userId.isTextual() || !userId.asText().equals(user.userId())) {
            throw forbidden("只能由自己认领任务（userId 应为 " + user.userId() + "）；交给同事请用转交。");
        }
    }

    /** Assignee or delegate: only a member of the body the caller shares with the task. */
    private void checkHandOver(String taskId, CurrentUser user, JsonNode body, boolean mayClear) {
        JsonNode userId = body.path("userId");
        if (mayClear && (userId.isMissingNode() || userId.isNull())) {
            return;
        }
        if (!userId.isTextual() || userId.asText().isBlank()) {
            throw badRequest("请填写「转交给」(userId)。");
        }
        Task task = findTask(taskId);
        if (task == null) {
            return;
        }
        String colleague = userId.asText();
        Set<String> bodies = sharedBodies(taskId, user);
        boolean member = EngineAsSystem.call(identityService, () -> bodies.stream().anyMatch(group ->
                identityService.createUserQuery().userId(colleague).memberOfGroup(group).count() > 0));
        if (!member) {
            throw forbidden("只能把任务交给本单位的同事：" + abbreviate(colleague) + " 不是本任务所属单位的成员。");
        }
    }

    /** A comment is the task's own body's word: a reader of the task (the coordinating office) may not add one. */
    private void checkOwnBody(String taskId, CurrentUser user) {
        Task task = findTask(taskId);
        if (task != null && !user.userId().equals(task.getAssignee()) && sharedBodies(taskId, user).isEmpty()) {
            throw forbidden("只能对本单位的任务发表意见。");
        }
    }

    /** The task's candidate groups that the user belongs to. */
    private Set<String> sharedBodies(String taskId, CurrentUser user) {
        return EngineAsSystem.call(identityService, () -> taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(user.groupIds()::contains)
                .collect(Collectors.toSet()));
    }

    private Task findTask(String taskId) {
        return EngineAsSystem.call(identityService, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    private interface BodyCheck {
        void check(JsonNode body);
    }

    /** Reads the JSON body (at most MAX_BODY), checks it, and hands on a request that serves the body again. */
    private HttpServletRequest withBody(HttpServletRequest request, BodyCheck check) throws IOException {
        byte[] body = EngineApiRequest.ReadBody.read(request, MAX_BODY);
        if (body == null) {
            throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "请求体超过 " + MAX_BODY / 1024 / 1024 + " MB。");
        }
        JsonNode parsed;
        try {
            parsed = body.length == 0 ? NullNode.getInstance() : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw badRequest("请求体不是有效的 JSON：" + abbreviate(e.getOriginalMessage()));
        }
        if (parsed == null || parsed.isMissingNode()) {
            parsed = NullNode.getInstance();
        }
        if (!parsed.isNull() && !parsed.isObject()) {
            throw badRequest("请求体必须是 JSON 对象。");
        }
        check.check(parsed);
        return new EngineApiRequest.ReadBody(request, body);
    }

    private static Refusal forbidden(String message) {
        return new Refusal(HttpStatus.FORBIDDEN, message);
    }

    private static Refusal badRequest(String message) {
        return new Refusal(HttpStatus.BAD_REQUEST, message);
    }

    private static String abbreviate(String text) {
        String shown = text == null ? "" : text;
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }
}
