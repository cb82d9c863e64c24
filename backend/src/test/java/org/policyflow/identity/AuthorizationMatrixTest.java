package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policyflow.engine.EngineClock;
import org.policyflow.plan.PlanImported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what, over PolicyFlow's API and the engine REST API: role × request → HTTP status (or, for a list,
 * whether the row's task is listed). Every cell is asserted, so any change of access fails a named cell. The matrix
 * runs twice: with the React app's session (cookie and CSRF token) and with HTTP Basic as scripts use.
 *
 * <p>Placeholders: {deptATask} a standalone task of 测试局甲 (candidate group), {reviewTask} the coordinating
 * office's review task of a real extension-request instance, {new…} a fresh one for each cell (the action consumes
 * it), {itemInstance} the process instance of an imported item 测试局甲 takes part in, {deptAMessage} a 站内消息 to
 * 测试局甲, {newModelChange} a model change to submit, {newPendingChange} a change the modeller submitted,
 * {extensionDefinition} the latest extension-request definition, {deptALeadItem} an item 测试局甲 leads with a work
 * plan, {self} the caller's user id.
 * Rows for the real item processes and for PolicyFlow's reports API are added here as they arrive.
 */
class AuthorizationMatrixTest extends IdentityIntegrationTest {

    private static final List<String> ROLES =
            List.of("anonymous", "dept-a", "dept-b", "coordinator", "modeller", "admin");

    private static final Map<String, String> USERS = Map.of(
            "dept-a", TestDepartments.BUREAU_A, "dept-b", TestDepartments.BUREAU_B,
            "coordinator", "coordinator", "modeller", "modeller", "admin", "admin");

    private static final String REVIEW = "{\"variables\":{\"decision\":{\"value\":\"approve\"},"
            + "\"reviewComment\":{\"value\":\"同意\"}}}";
    /** A robot address on this machine where nothing listens: a delivery to it fails without leaving the host. */
    private static final String ROBOT = "{\"url\":\"http://127.0.0.1:9/robot\"}";
    private static final String WITHDRAWAL = "{\"reason\":\"责任单位已整改到位,撤销督办\"}";
    private static final String PLAN_CHANGE = "{\"reason\":\" \",\"cells\":[]}";
    private static final String NEW_USER = "{\"profile\":{\"id\":\"{uuid}\",\"firstName\":\"新\",\"lastName\":\"用户\"},"
            + "\"credentials\":{\"password\":\"{uuid}\"}}";

    private static final String MIGRATION = "{\"processDefinitionKey\":\"extension-request\"}";
    private static final String GENERATE = "{\"sourceProcessDefinitionId\":\"{extensionDefinition}\","
            + "\"targetProcessDefinitionId\":\"{extensionDefinition}\"}";

    /** request → expected answer per role, in the order of {@link #ROLES}. */
    private static final List<Row> MATRIX = List.of(
            //                                                                anonymous dept-a  dept-b  coord.  modeller admin
            row("GET    /api/session", null,                                   "401 200 200 200 200 200"),
            row("GET    /api/no-such-endpoint", null,                          "401 404 404 404 404 404"),
            row("LIST   /engine-rest/task ∋ {deptATask}", null,                "401 listed hidden listed hidden listed"),
            row("GET    /engine-rest/task/{deptATask}", null,                  "401 200 404 200 404 200"),
            row("GET    /engine-rest/task/{deptATask}/variables", null,        "401 200 403 200 403 200"),
            row("POST   /engine-rest/task/{newDeptATask}/claim", "{\"userId\":\"{self}\"}",
                                                                               "401 204 403 403 403 204"),
            row("POST   /engine-rest/task/{newDeptATask}/complete", "{}",     "401 204 403 403 403 204"),
            // 批量签收 signs acknowledgements of the caller's bodies only; a task of no item is none
            row("POST   /api/inbox/acknowledgements", "{\"taskIds\":[\"{deptATask}\"]}",
                                                                               "401 404 404 404 404 404"),
            row("GET    /camunda/api/engine/engine/default/task/{deptATask}", null,
                                                                               "401 200 404 200 404 200"),
            row("LIST   /engine-rest/task ∋ {reviewTask}", null,               "401 hidden hidden listed hidden listed"),
            row("GET    /engine-rest/task/{reviewTask}", null,                 "401 404 404 200 404 200"),
            row("POST   /engine-rest/task/{newReviewTask}/complete", REVIEW,   "401 403 403 204 403 204"),
            row("DEPLOY /engine-rest/deployment/create", null,                 "401 403 403 403 200 200"),
            row("GET    /engine-rest/process-instance/{itemInstance}", null,   "401 200 404 200 404 200"),
            row("GET    /engine-rest/history/process-instance/{itemInstance}", null,
                                                                               "401 200 404 200 404 200"),
            row("POST   /engine-rest/user/create", NEW_USER,                   "401 403 403 403 403 204"),
            row("GET    /api/messages", null,                                  "401 200 200 200 200 200"),
            row("GET    /api/messages/unread-count", null,                     "401 200 200 200 200 200"),
            row("POST   /api/messages/{deptAMessage}/read", null,              "401 204 404 404 404 404"),
            row("POST   /api/messages/read-all", null,                         "401 204 204 204 204 204"),
            row("GET    /api/messages/webhooks", null,                         "401 403 403 200 403 200"),
            row("GET    /api/messages/statistics", null,                       "401 403 403 200 403 200"),
            row("PUT    /api/messages/webhooks/" + TestDepartments.BUREAU_B, ROBOT,
                                                                               "401 403 403 204 403 204"),
            // the body the 督办 is addressed to may not withdraw it, nor may anyone but the coordinating office
            row("POST   /api/escalations/{newEscalation}/withdraw", WITHDRAWAL, "401 403 403 204 403 204"),
            row("POST   /api/escalations/{newEscalation}/withdraw", "{\"reason\":\" \"}",
                                                                               "401 403 403 400 403 400"),
            // a 督办单 prints for the coordinating office and the body it is addressed to; a 督查通报 for the office only
            row("FILE   /api/escalations/notices/{deptANotice}?format=pdf", null, "401 200 403 200 403 200"),
            row("FILE   /api/escalations/notices/{deptANotice}?format=docx", null, "401 200 403 200 403 200"),
            row("FILE   /api/escalations/notices/{deptANotice}?format=xls", null, "401 400 400 400 400 400"),
            row("FILE   /api/plans/{bulletin}?format=pdf", null,              "401 403 403 200 403 200"),
            row("FILE   /api/plans/{bulletin}?format=docx", null,             "401 403 403 200 403 200"),
            // reviewed deploys: modellers submit and read changes, administrators alone approve or return one (not
            // their own); the model rules refuse a bad model at once
            row("POST   /api/models/changes", "{newModelChange}",             "401 403 403 403 201 201"),
            row("POST   /api/models/changes", "{\"resourceName\":\"bpmn/x.txt\",\"content\":\"x\"}",
                                                                               "401 403 403 403 400 400"),
            row("GET    /api/models/changes?status=PENDING", null,            "401 403 403 403 200 200"),
            row("GET    /api/models/review", null,                            "401 403 403 403 200 200"),
            row("POST   /api/models/changes/{newPendingChange}/approve", null, "401 403 403 403 403 200"),
            row("POST   /api/models/changes/{newPendingChange}/return", "{\"reason\":\"请补充说明\"}",
                                                                               "401 403 403 403 403 200"),
            // moving running instances to a new version: modellers only (extension-request has no older version
            // running here, so a run moves nothing); the engine's migration API likewise
            row("POST   /api/migrations/plan", MIGRATION,                      "401 403 403 403 200 200"),
            row("POST   /api/migrations", MIGRATION,                           "401 403 403 403 201 201"),
            row("GET    /api/migrations/0", null,                              "401 403 403 403 404 404"),
            row("POST   /engine-rest/migration/generate", GENERATE,            "401 403 403 403 200 200"),
            row("POST   /engine-rest/migration/executeAsync", "{}",            "401 403 403 403 400 400"),
            // search: everyone signed in, each sees its own share (web.SearchApiTest); an empty query is refused
            row("GET    /api/search?q=%E5%AE%A1%E6%A0%B8", null,              "401 200 200 200 200 200"),
            row("GET    /api/search?q=", null,                                 "401 400 400 400 400 400"),
            // only the item's current lead asks to change its work plan (here refused for its empty reason, so the
            // cell stays repeatable; WorkPlanChangeTest makes and decides real requests)
            row("POST   /api/items/{deptALeadItem}/work-plan-changes", PLAN_CHANGE, "401 400 403 403 403 403"),
            row("POST   /api/items/0/work-plan-changes", PLAN_CHANGE,          "401 404 404 404 404 404"));

    record Row(String method, String path, String body, List<String> expected) {

        String name() {
            return method + " " + path;
        }
    }

    private static Row row(String request, String body, String expected) {
        String[] parts = request.trim().split("\\s+", 2);
        List<String> cells = Arrays.asList(expected.split(" "));
        assertThat(cells).as(request).hasSize(ROLES.size());
        return new Row(parts[0], parts[1], body, cells);
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    private final Map<String, String> fixtures = new HashMap<>();

    @TestFactory
    Stream<DynamicNode> withTheAppSession() {
        Map<String, HttpSession> sessions = new HashMap<>();
        return matrix(role -> role.equals("anonymous") ? HttpSession.browser(base())
                : sessions.computeIfAbsent(role, r -> HttpSession.login(base(), USERS.get(r), "demo")));
    }

    @TestFactory
    Stream<DynamicNode> withHttpBasic() {
        return matrix(role -> role.equals("anonymous") ? HttpSession.anonymous(base())
                : HttpSession.basic(base(), USERS.get(role), "demo"));
    }

    private Stream<DynamicNode> matrix(Function<String, HttpSession> clients) {
        createFixtures();
        return MATRIX.stream().map(row -> DynamicContainer.dynamicContainer(row.name(),
                ROLES.stream().map(role -> {
                    String expected = row.expected().get(ROLES.indexOf(role));
                    return DynamicTest.dynamicTest(role + " → " + expected,
                            () -> assertThat(answer(clients.apply(role), role, row))
                                    .as("%s by %s", row.name(), role).isEqualTo(expected));
                })));
    }

    private String answer(HttpSession client, String role, Row row) {
        String path = resolve(row.path(), role);
        String body = row.body() == null ? null : resolve(row.body(), role);
        return switch (row.method()) {
            case "LIST" -> {
                String[] listAndTask = path.split(" ∋ ");
                HttpSession.Response list = client.get(listAndTask[0]);
                yield list.status() != 200 ? String.valueOf(list.status())
                        : list.body().contains("\"id\":\"" + listAndTask[1] + "\"") ? "listed" : "hidden";
            }
            case "FILE" -> String.valueOf(client.download(path).status());
            case "DEPLOY" -> String.valueOf(client.deploy(path, "matrix-" + UUID.randomUUID() + ".bpmn",
                    minimalProcess()).status());
            default -> String.valueOf(client.send(row.method(), path, body).status());
        };
    }

    private String resolve(String template, String role) {
        String resolved = template.replace("{self}", USERS.getOrDefault(role, "nobody"))
                .replace("{uuid}", "u" + UUID.randomUUID().toString().substring(0, 8));
        if (resolved.contains("{newDeptATask}")) {
            resolved = resolved.replace("{newDeptATask}", standaloneTask(TestDepartments.BUREAU_A));
        }
        if (resolved.contains("{newEscalation}")) {
            resolved = resolved.replace("{newEscalation}", String.valueOf(escalationOf(TestDepartments.BUREAU_A)));
        }
        if (resolved.contains("{newModelChange}")) {
            resolved = resolved.replace("{newModelChange}", modelChange());
        }
        if (resolved.contains("{newPendingChange}")) {
            HttpSession.Response submitted = HttpSession.basic(base(), "modeller", "demo")
                    .send("POST", "/api/models/changes", modelChange());
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            String id = submitted.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
            resolved = resolved.replace("{newPendingChange}", id);
        }
        if (resolved.contains("{newReviewTask}")) {
            resolved = resolved.replace("{newReviewTask}", reviewTask("matrix-" + UUID.randomUUID()));
        }
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            resolved = resolved.replace("{" + fixture.getKey() + "}", fixture.getValue());
        }
        return resolved;
    }

    private synchronized void createFixtures() {
        if (!fixtures.isEmpty()) {
            return;
        }
        fixtures.put("deptATask", standaloneTask(TestDepartments.BUREAU_A));
        fixtures.put("reviewTask", reviewTask("matrix-review-" + UUID.randomUUID()));
        fixtures.put("itemInstance", importedItemInstance(TestDepartments.BUREAU_A));
        fixtures.put("deptAMessage", message(TestDepartments.BUREAU_A));
        fixtures.put("deptANotice", noticeTo(TestDepartments.BUREAU_A));
        fixtures.put("extensionDefinition", repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("extension-request").latestVersion().singleResult().getId());
        fixtures.put("deptALeadItem", itemWithWorkPlanOf(TestDepartments.BUREAU_A));
        fixtures.put("bulletin", jdbc.sql("select plan_id, id from pf_reporting_period order by id fetch first 1 rows only")
                .query((rs, row) -> rs.getLong("plan_id") + "/bulletins/" + rs.getLong("id")).single());
    }

    private String standaloneTask(String candidateGroup) {
        Task task = taskService.newTask();
        task.setName("报送季度进展(测试)");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), candidateGroup);
        return task.getId();
    }

    private String reviewTask(String businessKey) {
        ProcessInstance instance =
                runtimeService.startProcessInstanceByKey("extension-request", businessKey, EXTENSION_REQUEST);
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    /** An imported plan with one item carried by the given body, its process instance, and the import's event. */
    private String importedItemInstance(String body) {
        String docNumber = "测试〔2025〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
        String businessKey = docNumber + "-1";
        return transactions.execute(status -> {
            jdbc.sql("insert into pf_plan (doc_number, title, plan_year, source_sha256, source_text, imported_at,"
                            + " imported_by) values (?, '测试方案', 2025, ?, '正文', ?, 'test')")
                    .params(docNumber, "0".repeat(64), OffsetDateTime.now()).update();
            long planId = jdbc.sql("select id from pf_plan where doc_number = ?").param(docNumber)
                    .query(Long.class).single();
            jdbc.sql("insert into pf_item (plan_id, number, label, title, text, business_key)"
                    + " values (?, 1, '(一)', '测试事项', '测试事项正文', ?)").params(planId, businessKey).update();
            long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(businessKey)
                    .query(Long.class).single();
            jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (?, ?, 'LEAD', 1)")
                    .params(itemId, body).update();
            String instanceId = runtimeService
                    .startProcessInstanceByKey("extension-request", businessKey, EXTENSION_REQUEST).getId();
            events.publishEvent(new PlanImported(planId, List.of(new PlanImported.Item(itemId, "(一)", "测试事项",
                    businessKey, body, List.of(), List.of()))));
            return instanceId;
        });
    }

    /** An item the body leads, with a work plan it submitted (no cells: the matrix's requests never reach them). */
    private String itemWithWorkPlanOf(String body) {
        long itemId = newItem("测试〔2025〕" + UUID.randomUUID().toString().substring(0, 8) + "号");
        jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (?, ?, 'LEAD', 1)")
                .params(itemId, body).update();
        jdbc.sql("insert into pf_work_plan (item_id, department_id, recorded_by, recorded_at) values (?, ?, ?, ?)")
                .params(itemId, body, body, OffsetDateTime.now()).update();
        return String.valueOf(itemId);
    }

    /** A plan of one item (business key: the document number + "-1"), without processes; the item's id. */
    private long newItem(String docNumber) {
        return transactions.execute(status -> {
            jdbc.sql("insert into pf_plan (doc_number, title, plan_year, source_sha256, source_text, imported_at,"
                            + " imported_by) values (?, '测试方案', 2025, ?, '正文', ?, 'test')")
                    .params(docNumber, "0".repeat(64), OffsetDateTime.now()).update();
            jdbc.sql("insert into pf_item (plan_id, number, label, title, text, business_key)"
                    + " select id, 1, '(一)', '测试事项', '测试事项正文', ? from pf_plan where doc_number = ?")
                    .params(docNumber + "-1", docNumber).update();
            return jdbc.sql("select id from pf_item where business_key = ?").param(docNumber + "-1")
                    .query(Long.class).single();
        });
    }

    /** A 站内消息 to the body, as the message centre writes one. */
    private String message(String body) {
        jdbc.sql("insert into pf_message (department_id, kind, title, body, link, task_count, created_at)"
                + " values (?, 'NOTICE', '测试消息', '测试消息正文', '/inbox', 0, ?)")
                .params(body, OffsetDateTime.now()).update();
        return String.valueOf(jdbc.sql("select max(id) from pf_message where department_id = ?").param(body)
                .query(Long.class).single());
    }

    /** An open 督办 addressed to the given body about an item of its own, waiting for the office's notice. */
    private long escalationOf(String body) {
        String docNumber = "测试〔2025〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
        long itemId = newItem(docNumber);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("itemId", itemId);
        inputs.put("periodId", null);
        inputs.put("departmentId", body);
        inputs.put("trigger", "OVERDUE");
        inputs.put("reason", "配合材料逾期未报送");
        inputs.put("itemLabel", "(一) 测试事项");
        inputs.put("periodLabel", "2025年第四季度");
        String instance = runtimeService.startProcessInstanceByKey("escalation", docNumber + "-1", inputs).getId();
        return jdbc.sql("select id from pf_escalation where process_instance_id = ?").param(instance)
                .query(Long.class).single();
    }

    /** A 督办单 issued to the body: an escalation of its own whose notice the office has signed. */
    private String noticeTo(String body) {
        long escalation = escalationOf(body);
        String instance = jdbc.sql("select process_instance_id from pf_escalation where id = ?").param(escalation)
                .query(String.class).single();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of("requirements", "请于期限内补报进展并说明原因",
                        "rectificationDeadline", LocalDate.now(EngineClock.ZONE).plusDays(7).toString()));
        return String.valueOf(jdbc.sql("select id from pf_escalation_notice where escalation_id = ?").param(escalation)
                .query(Long.class).single());
    }

    /** A change of a model of its own (one pending change per model), as the studio submits it. */
    private static String modelChange() {
        return "{\"resourceName\":\"bpmn/matrix-" + UUID.randomUUID() + ".bpmn\",\"content\":\""
                + minimalProcess().replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    private static String minimalProcess() {
        String key = "matrix_" + UUID.randomUUID().toString().replace("-", "");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://policyflow.org/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
    }

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }
}
