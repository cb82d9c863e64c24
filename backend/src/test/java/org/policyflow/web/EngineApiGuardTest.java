package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guard in front of the engine API (identity/EngineApiGuard) over real HTTP: a department cannot rewrite routing
 * variables, send fields its task's form does not have, or hand a task outside its body, through /engine-rest or
 * Tasklist's /camunda/api/engine; what Tasklist and the workbench do (claim, comment, submit the form, complete,
 * delegate to a colleague) still works; paging is checked; Cockpit's plugin API is for Cockpit users.
 */
class EngineApiGuardTest extends RunningApplication {

    private static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupportingBodyCannotMakeItselfTheLead() {
        Task part = supportingPart(0);
        String body = bodyOf(part);
        String lead = leadOf(part);
        long variableRows = rows("ACT_RU_VARIABLE");

        HttpResponse<String> put = send(body, "PUT", "/engine-rest/task/" + part.getId() + "/variables/leadDepartmentId",
                "application/json", BodyPublishers.ofString("{\"value\":\"" + body + "\",\"type\":\"String\"}"));
        HttpResponse<String> modify = postJson(body, "/engine-rest/task/" + part.getId() + "/variables",
                "{\"modifications\":{\"leadDepartmentId\":{\"value\":\"" + body + "\",\"type\":\"String\"}}}");
        HttpResponse<String> local = send(body, "PUT", "/engine-rest/task/" + part.getId()
                + "/localVariables/leadDepartmentId", "application/json",
                BodyPublishers.ofString("{\"value\":\"" + body + "\",\"type\":\"String\"}"));
        HttpResponse<String> submit = postJson(body, "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},"
                        + "\"leadDepartmentId\":{\"value\":\"" + body + "\",\"type\":\"String\"}}}");
        HttpResponse<String> complete = postJson(body, "/engine-rest/task/" + part.getId() + "/complete",
                "{\"variables\":{\"supportingDepartmentIds\":{\"value\":\"[]\",\"type\":\"Json\"}}}");

        assertThat(List.of(put, modify, local, submit, complete)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).contains("\"type\":\"Forbidden\"");
        });
        assertThat(submit.body()).contains("leadDepartmentId");
        assertThat(complete.body()).contains("supportingDepartmentIds");
        assertThat(leadOf(part)).isEqualTo(lead);
        assertThat(taskService.createTaskQuery().taskId(part.getId()).count()).isEqualTo(1);
        assertThat(rows("ACT_RU_VARIABLE")).isEqualTo(variableRows);
    }

    @Test
    void theLeadCannotHandItsTaskToAnotherBody() {
        Task leadTask = taskService.createTaskQuery().taskDefinitionKey("AcknowledgeLead").active().listPage(0, 1)
                .get(0);
        String lead = (String) taskService.getVariable(leadTask.getId(), "leadDepartmentId");
        Task part = supportingPart(1);
        String stranger = bodyOf(part).equals(lead) ? "commerce" : bodyOf(part);
        List<String> linksBefore = links(leadTask.getId());

        HttpResponse<String> assignee = postJson(lead, "/engine-rest/task/" + leadTask.getId() + "/assignee",
                "{\"userId\":\"" + stranger + "\"}");
        HttpResponse<String> delegate = postJson(lead, "/engine-rest/task/" + leadTask.getId() + "/delegate",
                "{\"userId\":\"" + stranger + "\"}");
        HttpResponse<String> candidate = postJson(lead, "/engine-rest/task/" + leadTask.getId() + "/identity-links",
                "{\"groupId\":\"" + stranger + "\",\"type\":\"candidate\"}");
        HttpResponse<String> claimForAnother = postJson(lead, "/engine-rest/task/" + leadTask.getId() + "/claim",
                "{\"userId\":\"" + stranger + "\"}");

        assertThat(List.of(assignee, delegate, candidate, claimForAnother))
                .extracting(HttpResponse::statusCode).containsOnly(403);
        assertThat(assignee.body()).contains(stranger);
        Task after = taskService.createTaskQuery().taskId(leadTask.getId()).singleResult();
        assertThat(after.getAssignee()).isEqualTo(leadTask.getAssignee());
        assertThat(links(leadTask.getId())).isEqualTo(linksBefore);
    }

    @Test
    void aBodyClaimsCommentsDelegatesToAColleagueAndSubmitsItsFormOverTheRestApi() {
        Task part = supportingPart(2);
        String body = bodyOf(part);
        String colleague = colleagueOf(body);
        String itemLabel = (String) taskService.getVariable(part.getId(), "itemLabel");

        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/claim", "{\"userId\":\"" + body + "\"}")
                .statusCode()).isEqualTo(204);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/comment/create",
                "{\"message\":\"已收到，正在办理\"}").statusCode()).isEqualTo(200);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/comment/create",
                "{\"message\":\"a\\u0000b\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/delegate",
                "{\"userId\":\"" + colleague + "\"}").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(part.getId()).singleResult().getAssignee()).isEqualTo(colleague);

        // the form shows itemLabel read-only: it may come back, but only as it was
        HttpResponse<String> changedLabel = postJson(colleague, "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},\"itemLabel\":{\"value\":\"(一) 别的事项\"}}}");
        assertThat(changedLabel.statusCode()).isEqualTo(403);
        assertThat(changedLabel.body()).contains("itemLabel");
        HttpResponse<String> objectVariable = postJson(colleague, "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"acknowledgementComment\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":"
                        + "{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}}}");
        assertThat(objectVariable.statusCode()).isEqualTo(400);
        assertThat(objectVariable.body()).contains("acknowledgementComment");
        // a text field takes text, a checkbox true or false
        for (String mistyped : List.of("\"acknowledgementComment\":{\"value\":5}",
                "\"acknowledgementComment\":{\"value\":\"5\",\"type\":\"Long\"}",
                "\"partAcknowledged\":{\"value\":\"yes\"}")) {
            HttpResponse<String> answer = postJson(colleague, "/engine-rest/task/" + part.getId() + "/submit-form",
                    "{\"variables\":{" + mistyped + "}}");
            assertThat(answer.statusCode()).as(mistyped).isEqualTo(400);
            assertThat(answer.body()).as(mistyped).contains(mistyped.substring(1, mistyped.indexOf('"', 1)));
        }

        HttpResponse<String> submitted = postJson(colleague, "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true,\"type\":\"Boolean\"},"
                        + "\"acknowledgementComment\":{\"value\":\"同意配合\",\"type\":\"String\"},"
                        + "\"itemLabel\":{\"value\":\"" + itemLabel + "\",\"type\":\"String\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        // the delegated task goes back to its owner, who completes it
        assertThat(taskService.createTaskQuery().taskId(part.getId()).singleResult().getAssignee()).isEqualTo(body);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true}}}").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(part.getId()).count()).isZero();
    }

    @Test
    void aBodyHandsOverOnlyWithinItsBodyAndCompletesWithItsFormsFields() {
        Task part = supportingPart(3);
        String body = bodyOf(part);
        String outsider = supportingParts().stream().map(this::bodyOf).filter(other -> !other.equals(body))
                .findFirst().orElseThrow();

        HttpResponse<String> toOutsider = postJson(body, "/engine-rest/task/" + part.getId() + "/assignee",
                "{\"userId\":\"" + outsider + "\"}");
        assertThat(toOutsider.statusCode()).isEqualTo(403);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/assignee",
                "{\"userId\":\"" + colleagueOf(body) + "\"}").statusCode()).isEqualTo(204);
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/assignee", "{\"userId\":null}")
                .statusCode()).isEqualTo(204);

        HttpResponse<String> completed = postJson(body, "/engine-rest/task/" + part.getId() + "/complete",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},\"acknowledgementComment\":{\"value\":\"好\"}}}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    @Test
    void tasklistClaimsAndSubmitsTheFormThroughTheWebappsEngineApi() throws Exception {
        Task part = supportingPart(4);
        String body = bodyOf(part);
        String lead = leadOf(part);
        String itemLabel = (String) taskService.getVariable(part.getId(), "itemLabel");
        Tasklist tasklist = new Tasklist(body);
        String task = TASKLIST_ENGINE + "/task/" + part.getId();

        assertThat(tasklist.post(TASKLIST_ENGINE + "/task/count", "{}").statusCode()).isEqualTo(200);
        assertThat(tasklist.post(TASKLIST_ENGINE + "/task?firstResult=0&maxResults=15", "{}").statusCode())
                .isEqualTo(200);
        assertThat(tasklist.post(task + "/claim", "{\"userId\":\"" + body + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> rewrite = tasklist.put(task + "/variables/leadDepartmentId",
                "{\"value\":\"" + body + "\",\"type\":\"String\"}");
        assertThat(rewrite.statusCode()).isEqualTo(403);
        HttpResponse<String> smuggled = tasklist.post(task + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},\"leadDepartmentId\":{\"value\":\"" + body + "\"}}}");
        assertThat(smuggled.statusCode()).isEqualTo(403);
        assertThat(leadOf(part)).isEqualTo(lead);

        // as Tasklist's form-js sends it: every field not disabled, untyped
        HttpResponse<String> submitted = tasklist.post(task + "/submit-form", "{\"variables\":{"
                + "\"itemLabel\":{\"value\":\"" + itemLabel + "\"},\"partAcknowledged\":{\"value\":true},"
                + "\"acknowledgementComment\":{\"value\":\"\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(part.getId()).count()).isZero();
    }

    @Test
    void pagingMustBeANonNegativeIntegerUpToTwoThousand() {
        String body = bodyOf(supportingPart(0));
        for (String query : List.of("firstResult=-5", "maxResults=-1", "firstResult=abc", "maxResults=2001",
                "firstResult=99999999999", "maxResults=", "firstResult=1e3")) {
            HttpResponse<String> get = send(body, "GET", "/engine-rest/task?" + query, null,
                    BodyPublishers.noBody());
            assertThat(get.statusCode()).as(query).isEqualTo(400);
            assertThat(get.body()).as(query).contains(query.substring(0, query.indexOf('=')));
            assertThat(postJson(body, "/engine-rest/task?" + query, "{}").statusCode()).as(query).isEqualTo(400);
        }
        assertThat(send(body, "GET", "/engine-rest/task?firstResult=0&maxResults=2000", null,
                BodyPublishers.noBody()).statusCode()).isEqualTo(200);
        assertThat(postJson("admin", "/engine-rest/history/task/count?maxResults=-1", "{}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void cockpitsPluginApiIsForCockpitUsers() {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        HttpResponse<String> department = send(bodyOf(supportingPart(0)), "GET", statistics, null,
                BodyPublishers.noBody());
        assertThat(department.statusCode()).isEqualTo(403);
        assertThat(department.body()).contains("Cockpit");
        assertThat(send("coordinator", "GET", statistics, null, BodyPublishers.noBody()).statusCode()).isEqualTo(200);
    }

    @Test
    void departmentsCannotSignalCorrelateOrDeleteButMayQuery() {
        Task part = supportingPart(0);
        String body = bodyOf(part);
        assertThat(postJson(body, "/engine-rest/message", "{\"messageName\":\"extension-requested\"}").statusCode())
                .isEqualTo(403);
        assertThat(postJson(body, "/engine-rest/signal", "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(postJson(body, "/engine-rest/condition", "{}").statusCode()).isEqualTo(403);
        assertThat(send(body, "DELETE", "/engine-rest/task/" + part.getId(), null, BodyPublishers.noBody())
                .statusCode()).isEqualTo(403);
        assertThat(postJson(body, "/engine-rest/process-instance/" + part.getProcessInstanceId() + "/modification",
                "{\"instructions\":[]}").statusCode()).isEqualTo(403);
        // an encoded letter names the same action for the engine, and so for the guard
        assertThat(postJson(body, "/engine-rest/task/" + part.getId() + "/%61ssignee", "{\"userId\":\"commerce\"}")
                .statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(part.getId()).count()).isEqualTo(1);

        assertThat(postJson(body, "/engine-rest/task/count", "{}").statusCode()).isEqualTo(200);
        assertThat(postJson(body, "/engine-rest/history/process-instance?maxResults=10", "{}").statusCode())
                .isEqualTo(200);
        assertThat(postJson(body, "/engine-rest/variable-instance/count", "{}").statusCode()).isEqualTo(200);
    }

    /**
     * Open AcknowledgePart tasks of bodies that do not lead the item, newest first (other tests take the first). Items
     * whose lead an administrator overwrote with another type (the attacker's checklist runs in this context) are
     * left out.
     */
    private List<Task> supportingParts() {
        return taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart").active().orderByTaskId().desc()
                .list().stream()
                .filter(task -> runtimeService.getVariable(task.getProcessInstanceId(), "leadDepartmentId")
                        instanceof String lead && !bodyOf(task).equals(lead))
                .toList();
    }

    private Task supportingPart(int index) {
        return supportingParts().get(index);
    }

    private String bodyOf(Task task) {
        return (String) taskService.getVariable(task.getId(), "departmentId");
    }

    private String leadOf(Task task) {
        return (String) runtimeService.getVariable(task.getProcessInstanceId(), "leadDepartmentId");
    }

    private List<String> links(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A second member of a body (the demo has one account per body), password "demo". */
    private String colleagueOf(String body) {
        String id = body + "-colleague";
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("同事");
            user.setLastName(body);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, body);
        }
        return id;
    }

    /** Tasklist as the browser runs it: PolicyFlow's session, and the webapps' own CSRF token on every change. */
    private final class Tasklist {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String csrfToken;

        Tasklist(String user) throws IOException, InterruptedException {
            HttpResponse<String> session = client.send(request("/api/session").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String appToken = session.headers().allValues("set-cookie").stream()
                    .filter(cookie -> cookie.startsWith("POLICYFLOW-XSRF-TOKEN="))
                    .map(cookie -> cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                    .findFirst().orElseThrow();
            HttpResponse<String> login = client.send(request("/api/session").header("X-XSRF-TOKEN", appToken)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            HttpResponse<String> tasks = client.send(request(TASKLIST_ENGINE + "/task?maxResults=1").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tasks.statusCode()).isEqualTo(200);
            csrfToken = tasks.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return change("POST", path, json);
        }

        HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
            return change("PUT", path, json);
        }

        private HttpResponse<String> change(String method, String path, String json)
                throws IOException, InterruptedException {
            return client.send(request(path).header("X-XSRF-TOKEN", csrfToken)
                    .header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "application/json");
        }
    }
}
