package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values the server must refuse rather than store, cut or choke on, sent over HTTP as a department, the coordinating
 * office or an administrator would: every number field of the forms with values that are not numbers or do not fit
 * the columns, ids of other items and plans in a work plan, texts of the wrong type or with control characters,
 * hostile upload names, a claim race, and engine REST calls that are the caller's mistake. Each answers 4xx with a
 * Chinese message (never 5xx) and changes no row.
 */
class RefusedValuesTest extends RunningApplication {

    private static final String COORDINATOR = "coordinator";
    private static final String ADMIN = "admin";
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    /** JSON values that no number field may take: not numbers, not finite, or beyond numeric(20, 4). */
    private static final List<String> NOT_NUMBERS = List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e999999999",
            "-1e999999999", "1e-999999999", "\"1e999999999\"", "\"85分\"", "\"12\"", "[1]", "{\"a\":1}", "true",
            "12345678901234567", "0.00001");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    // ---------------------------------------------------------------- number fields

    @Test
    void everyNumberOfTheWorkPlanIsCheckedAndItHasOneRowPerCell() {
        Task task = leadTaskWithTargets();
        String lead = (String) taskService.getVariable(task.getId(), "leadDepartmentId");
        long itemId = ((Number) taskService.getVariable(task.getId(), "itemId")).longValue();
        int cells = ((List<?>) taskService.getVariable(task.getId(), "periodIds")).size() * targetsOf(itemId).size();
        Map<String, Long> before = state();
        List<String> failures = new ArrayList<>();

        for (String value : NOT_NUMBERS) {
            expectRefused(failures, "plannedValue " + value, submitMilestones(lead, task, cells, value), "计划值");
        }
        for (int rows : List.of(1, cells - 1, cells + 1)) {
            expectRefused(failures, rows + " rows of " + cells, submitMilestones(lead, task, rows, "1"), "工作计划应有");
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyFigureOfAReportIsANumberTheColumnHolds() {
        Task task = compileReportTask();
        String lead = (String) taskService.getVariable(task.getId(), "leadDepartmentId");
        long itemId = ((Number) taskService.getVariable(task.getId(), "itemId")).longValue();
        List<Long> targets = targetsOf(itemId);
        long otherTarget = jdbc.sql("select min(id) from pf_target where item_id <> ?").param(itemId)
                .query(Long.class).single();
        Map<String, Long> before = state();
        List<String> failures = new ArrayList<>();
        for (String value : NOT_NUMBERS) {
            expectRefused(failures, "value " + value, submitReport(lead, task, targets, value, targets.get(0)),
                    "本期数值");
        }
        for (String id : List.of("\"abc\"", "-1", "1.5", String.valueOf(otherTarget), "[1]", "\"NaN\"")) {
            expectRefused(failures, "targetId " + id, submitReport(lead, task, targets, "1", id), "指标");
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theAssessmentScoreIsAWholeNumberFromZeroToAHundred() {
        Task task = finalAssessmentTask();
        Map<String, Long> before = state();
        List<String> failures = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        // untyped, 1e-999999999 becomes 0.0 in Camunda's own JSON reader before any PolicyFlow code sees it
        NOT_NUMBERS.stream().filter(value -> !value.equals("1e-999999999"))
                .forEach(value -> typed.add("{\"value\":" + value + "}"));
        typed.addAll(List.of("{\"value\":\"NaN\",\"type\":\"Double\"}", "{\"value\":\"Infinity\",\"type\":\"Double\"}",
                "{\"value\":\"-Infinity\",\"type\":\"Double\"}", "{\"value\":1e999999999,\"type\":\"Double\"}",
                "{\"value\":\"[1]\",\"type\":\"Json\"}", "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Json\"}",
                "{\"value\":\"1e999999999\",\"type\":\"String\"}", "{\"value\":85.5,\"type\":\"Double\"}"));
        for (String score : typed) {
            expectRefused(failures, "assessmentScore " + score, postJson(COORDINATOR, "/engine-rest/task/"
                    + task.getId() + "/submit-form", "{\"variables\":{\"assessmentResult\":{\"value\":\"COMPLETED\"},"
                    + "\"assessmentScore\":" + score + ",\"assessmentComment\":{\"value\":\"完成\"}}}"), "考核得分");
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- texts

    @Test
    void textsOfTheWrongTypeWithControlCharactersOrTooLongAreRefusedNotCut() {
        Task task = leadTaskWithTargets();
        String lead = (String) taskService.getVariable(task.getId(), "leadDepartmentId");
        Map<String, Long> before = state();
        List<String> failures = new ArrayList<>();
        for (String reason : List.of("{\"value\":12,\"type\":\"Long\"}", "{\"value\":true,\"type\":\"Boolean\"}",
                "{\"value\":\"[\\\"a\\\"]\",\"type\":\"Json\"}", "{\"value\":\"{}\",\"type\":\"Json\"}",
                "{\"value\":\"理由\\u0000后面\"}", "{\"value\":\"理由\\u001b[31m\"}",
                "{\"value\":\"" + "长".repeat(10_000) + "\"}")) {
            expectRefused(failures, "contestReason " + abbreviate(reason), postJson(lead, "/engine-rest/task/"
                    + task.getId() + "/submit-form", "{\"variables\":{\"acknowledgement\":{\"value\":\"contest\"},"
                    + "\"contestReason\":" + reason + "}}"), "异议理由");
        }
        String comments = "/api/tasks/" + task.getId() + "/comments";
        expectRefused(failures, "comment of 10,000 characters", postJson(lead, comments,
                "{\"message\":\"" + "意".repeat(10_000) + "\"}"), "2000");
        expectRefused(failures, "comment with NUL", postJson(lead, comments, "{\"message\":\"意见\\u0000\"}"), "意见");
        expectRefused(failures, "comment as a number", postJson(lead, comments, "{\"message\":12}"), "message");
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    }

    // ---------------------------------------------------------------- uploads

    @Test
    void hostileUploadNamesAreRefusedAndNothingIsStored() {
        Task task = leadTaskWithTargets();
        String lead = (String) taskService.getVariable(task.getId(), "leadDepartmentId");
        Map<String, Long> before = state();
        List<String> failures = new ArrayList<>();
        for (String name : List.of("a.html\u0000.pdf", "报告\u202Efdp.exe.pdf", "a\u2066b.pdf", "行\n.pdf",
                "长".repeat(1000) + ".pdf", "../../etc/报告.pdf", "sub/报告.pdf", "C:\\temp\\报告.pdf", ".pdf", " ")) {
            expectRefused(failures, "upload " + abbreviate(name), upload(lead, task.getId(), name), "文件名");
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
        HttpResponse<String> plain = upload(lead, task.getId(), "现场照片 (1).pdf");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        assertThat(plain.body()).contains("现场照片 (1).pdf");
    }

    // ---------------------------------------------------------------- races

    @Test
    void fiftySimultaneousClaimsByOneUserNeverAnswer5xx() throws Exception {
        for (String path : List.of("/api/tasks/%s/claim", "/engine-rest/task/%s/claim")) {
            Task task = taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart").taskUnassigned()
                    .processInstanceBusinessKeyLike(SEED_ITEMS)
                    .listPage(3, 1).get(0);
            String body = (String) taskService.getVariable(task.getId(), "departmentId");
            String url = path.formatted(task.getId());
            List<Integer> statuses = race(50, () -> postJson(body, url, "{\"userId\":\"" + body + "\"}"));
            assertThat(statuses).as(url).allMatch(status -> status == 204 || status == 409).contains(204);
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(body);
            taskService.setAssignee(task.getId(), null);
        }
    }

    // ---------------------------------------------------------------- engine REST

    @Test
    void engineRestMistakesOfTheCallerAre4xxForEveryoneIncludingTheAdministrator() {
        Task processTask = taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart")
                .processInstanceBusinessKeyLike(SEED_ITEMS).listPage(5, 1).get(0);
        String body = (String) taskService.getVariable(processTask.getId(), "departmentId");
        String instance = processTask.getProcessInstanceId();
        HttpResponse<String> stored = send(ADMIN, "PUT", "/engine-rest/process-instance/" + instance
                + "/variables/hostileObject", "application/json", BodyPublishers.ofString("""
                {"value":"{}","type":"Object","valueInfo":{"objectTypeName":"org.nowhere.Missing",
                 "serializationDataFormat":"application/json"}}"""));
        assertThat(stored.statusCode()).isLessThan(500);
        Map<String, Long> before = state();
        List<Case> cases = List.of(
                new Case("delete a process task as admin", () -> send(ADMIN, "DELETE", "/engine-rest/task/"
                        + processTask.getId(), null, BodyPublishers.noBody())),
                new Case("delete a process task as its body", () -> send(body, "DELETE", "/engine-rest/task/"
                        + processTask.getId(), null, BodyPublishers.noBody())),
                new Case("condition without a body", () -> send(ADMIN, "POST", "/engine-rest/condition",
                        "application/json", BodyPublishers.noBody())),
                new Case("condition with an empty object", () -> postJson(ADMIN, "/engine-rest/condition", "{}")),
                new Case("condition with a list", () -> postJson(ADMIN, "/engine-rest/condition", "[1]")),
                new Case("condition with odd variables", () -> postJson(ADMIN, "/engine-rest/condition",
                        "{\"variables\":{\"x\":{\"value\":1}},\"businessKey\":\"nope\"}")),
                new Case("java-serialized variable", () -> send(ADMIN, "PUT", "/engine-rest/process-instance/"
                        + instance + "/variables/hostileSerialized", "application/json", BodyPublishers.ofString("""
                        {"value":"rO0ABXQAA2FiYw==","type":"Object","valueInfo":{"objectTypeName":"java.lang.String",
                         "serializationDataFormat":"application/x-java-serialized-object"}}"""))),
                new Case("variable of an unknown class, read", () -> get(ADMIN, "/engine-rest/process-instance/"
                        + instance + "/variables/hostileObject")),
                new Case("negative firstResult", () -> get(ADMIN, "/engine-rest/task?firstResult=-5")),
                new Case("negative maxResults", () -> get(ADMIN, "/engine-rest/task?maxResults=-1")),
                new Case("firstResult not a number", () -> get(ADMIN, "/engine-rest/task?firstResult=abc")),
                new Case("huge firstResult", () -> get(ADMIN, "/engine-rest/task?firstResult=99999999999")),
                new Case("unknown sort", () -> get(ADMIN, "/engine-rest/task?sortBy=nothing&sortOrder=asc")),
                new Case("sort order sideways", () -> get(ADMIN, "/engine-rest/task?sortBy=name&sortOrder=up")),
                new Case("sort without order", () -> get(ADMIN, "/engine-rest/task?sortBy=name")),
                new Case("history paging", () -> get(ADMIN,
                        "/engine-rest/history/process-instance?firstResult=-1&maxResults=-7")),
                new Case("count with paging", () -> postJson(ADMIN, "/engine-rest/task?firstResult=-5",
                        "{\"sorting\":[{\"sortBy\":\"nothing\",\"sortOrder\":\"asc\"}]}")),
                new Case("instance paging", () -> get(ADMIN, "/engine-rest/process-instance?firstResult=-2")));
        List<String> failures = new ArrayList<>();
        for (Case hostile : cases) {
            expectRefused(failures, hostile.name(), hostile.request().get(), "");
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
        assertThat((Object) runtimeService.getVariableTyped(instance, "hostileSerialized", false)).isNull();
        runtimeService.removeVariable(instance, "hostileObject");
    }

    // ---------------------------------------------------------------- grants

    @Test
    void aBodyReadsItsItemsInstancesAndTheirHistoryButNotAnotherItems() {
        Task task = leadTaskWithTargets();
        String lead = (String) taskService.getVariable(task.getId(), "leadDepartmentId");
        String mine = task.getProcessInstanceId();
        String other = jdbc.sql("""
                select i.ID_ from ACT_HI_PROCINST i join pf_item t on t.business_key = i.BUSINESS_KEY_
                where not exists (select 1 from pf_item_body b where b.item_id = t.id and b.department_id = ?)
                order by i.ID_""").param(lead).query(String.class).list().get(0);
        Task report = compileReportTask();
        String sub = report.getProcessInstanceId();
        String reportLead = (String) taskService.getVariable(report.getId(), "leadDepartmentId");

        assertThat(get(lead, "/engine-rest/process-instance/" + mine).statusCode()).isEqualTo(200);
        assertThat(get(lead, "/engine-rest/history/process-instance/" + mine).statusCode()).isEqualTo(200);
        assertThat(get(reportLead, "/engine-rest/process-instance/" + sub).statusCode()).isEqualTo(200);
        assertThat(get(reportLead, "/engine-rest/history/process-instance/" + sub).statusCode()).isEqualTo(200);
        assertThat(get(lead, "/engine-rest/process-instance/" + other).statusCode()).isIn(403, 404);
        assertThat(get(lead, "/engine-rest/history/process-instance/" + other).statusCode()).isIn(403, 404);
        assertThat(get(lead, "/engine-rest/history/process-instance?processInstanceId=" + other).body())
                .isEqualTo("[]");
    }

    // ---------------------------------------------------------------- fixtures

    private record Case(String name, Supplier<HttpResponse<String>> request) {
    }

    private static void expectRefused(List<String> failures, String name, HttpResponse<String> answer,
            String expected) {
        boolean named = answer.statusCode() == 403 || answer.body().contains(expected);
        boolean chinese = answer.body().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
        if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !named || !chinese) {
            failures.add(name + " → " + answer.statusCode() + " " + abbreviate(answer.body()));
        }
    }

    private HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null, BodyPublishers.noBody());
    }

    /** A work plan of {@code rows} rows, the first with the planned value given as raw JSON. */
    private HttpResponse<String> submitMilestones(String lead, Task task, int rows, String firstPlannedValue) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            cells.add("{\"milestone\":\"完成阶段目标\",\"plannedValue\":" + (row == 0 ? firstPlannedValue : "1") + "}");
        }
        return postJson(lead, "/engine-rest/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"acknowledgement\":{\"value\":\"accept\"},\"milestones\":{\"type\":\"Json\","
                        + "\"value\":" + quote("[" + String.join(",", cells) + "]") + "}}}");
    }

    private HttpResponse<String> submitReport(String lead, Task task, List<Long> targets, String value,
            Object firstTarget) {
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < targets.size(); i++) {
            rows.append(i == 0 ? "" : ",").append("{\"targetId\":").append(i == 0 ? firstTarget : targets.get(i))
                    .append(",\"value\":").append(i == 0 ? value : "1").append('}');
        }
        rows.append(']');
        return postJson(lead, "/engine-rest/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"narrative\":{\"value\":\"本期进展\"},\"targetValues\":{\"type\":\"Json\","
                        + "\"value\":" + quote(rows.toString()) + "}}}");
    }

    private HttpResponse<String> upload(String user, String taskId, String fileName) {
        String boundary = "upload-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
        return send(user, "POST", "/api/tasks/" + taskId + "/attachments", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body));
    }

    private static List<Integer> race(int clients, Supplier<HttpResponse<String>> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    HttpResponse<String> answer = request.get();
                    if (answer.statusCode() >= 500) {
                        System.out.println("claim race: " + answer.statusCode() + " " + abbreviate(answer.body()));
                    }
                    return answer.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An open 签收并制定工作计划 task of an item with numeric targets, not yet used by another test. */
    private Task leadTaskWithTargets() {
        for (Task task : taskService.createTaskQuery().taskDefinitionKey("AcknowledgeLead")
                .processInstanceBusinessKeyLike(SEED_ITEMS).orderByTaskId().asc()
                .list()) {
            long itemId = ((Number) taskService.getVariable(task.getId(), "itemId")).longValue();
            if (targetsOf(itemId).size() >= 1) {
                return task;
            }
        }
        throw new AssertionError("the seed has no lead task of an item with targets");
    }

    /** A 编制进展报告 task of an item with targets, its reporting-period instance started at that task. */
    private Task compileReportTask() {
        Task lead = leadTaskWithTargets();
        long itemId = ((Number) taskService.getVariable(lead.getId(), "itemId")).longValue();
        String businessKey = jdbc.sql("select business_key from pf_item where id = ?").param(itemId)
                .query(String.class).single();
        List<Task> open = taskService.createTaskQuery().taskDefinitionKey("CompileReport")
                .processInstanceBusinessKey(businessKey).list();
        if (!open.isEmpty()) {
            return open.get(0);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("itemId", itemId);
        variables.put("periodId", ((List<?>) taskService.getVariable(lead.getId(), "periodIds")).get(0));
        variables.put("periodLabel", "2025年第四季度");
        variables.put("itemLabel", taskService.getVariable(lead.getId(), "itemLabel"));
        variables.put("leadDepartmentId", taskService.getVariable(lead.getId(), "leadDepartmentId"));
        variables.put("dueAt", new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000));
        // the report's own due date, reminder and escalation, which the period's start computes
        variables.put("reportDueAt", variables.get("dueAt"));
        variables.put("reportReminderAt", variables.get("dueAt"));
        variables.put("reportEscalateAt", variables.get("dueAt"));
        variables.put("reviewDueAt", new Date(System.currentTimeMillis() + 40L * 24 * 3600 * 1000));
        variables.put("returnCount", 0);
        ProcessInstance period = runtimeService.createProcessInstanceByKey("reporting-period").businessKey(businessKey)
                .setVariables(variables).startBeforeActivity("CompileReport").execute();
        return taskService.createTaskQuery().processInstanceId(period.getId()).singleResult();
    }

    /** A 年度考核评定 task of a seed item, its instance started at that task. */
    private Task finalAssessmentTask() {
        Task lead = leadTaskWithTargets();
        Map<String, Object> variables = new LinkedHashMap<>(runtimeService.getVariables(lead.getProcessInstanceId()));
        ProcessInstance item = runtimeService.createProcessInstanceByKey("action-item").businessKey("assessment-test")
                .setVariables(variables).startBeforeActivity("FinalAssessment").execute();
        return taskService.createTaskQuery().processInstanceId(item.getId()).singleResult();
    }

    private List<Long> targetsOf(long itemId) {
        return jdbc.sql("select id from pf_target where item_id = ? order by ordinal").param(itemId)
                .query(Long.class).list();
    }

    /** The rows refused requests must not change. */
    private Map<String, Long> state() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("pf_acknowledgement", "pf_work_plan", "pf_milestone", "pf_report",
                "pf_target_value", "pf_assessment", "pf_task_attachment", "ACT_RU_TASK", "ACT_HI_COMMENT",
                "ACT_RU_VARIABLE", "ACT_RU_AUTHORIZATION", "ACT_RU_EXECUTION")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
