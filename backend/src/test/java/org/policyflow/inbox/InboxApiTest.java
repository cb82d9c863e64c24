package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The inbox API on the seed plan: the projection follows the engine, each body sees only its own tasks, races end
 * in 409, hand-over stays inside the body, and evidence files are checked by extension and content.
 */
class InboxApiTest extends InboxApplicationTest {

    private static final String COUNTY = "kunshan";
    private static final String COLLEAGUE = "kunshan2";
    private static final String LEAD = "market-regulation";
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void colleague() {
        if (identityService.createUserQuery().userId(COLLEAGUE).count() == 0) {
            User user = identityService.newUser(COLLEAGUE);
            user.setFirstName("昆山");
            user.setLastName("同事");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(COLLEAGUE, COUNTY);
        }
    }

    @Test
    void projectionHoldsEveryOpenEngineTaskWithItsBodyAndRole() {
        long engineTasks = taskService.createTaskQuery().count();
        assertThat(jdbc.sql("select count(*) from pf_task where state = 'OPEN'").query(Long.class).single())
                .isEqualTo(engineTasks).isPositive();
        Task leadTask = taskService.createTaskQuery().taskCandidateGroup(LEAD).taskDefinitionKey("AcknowledgeLead")
                .list().get(0);
        Map<String, Object> row = jdbc.sql("select * from pf_task where id = :id").param("id", leadTask.getId())
                .query().singleRow();
        assertThat(row).containsEntry("DEPARTMENT_ID", LEAD).containsEntry("ROLE", "LEAD")
                .containsEntry("TASK_KEY", "AcknowledgeLead").containsEntry("FORM_KEY", "acknowledge-lead")
                .containsEntry("TITLE", leadTask.getName());
        assertThat(row.get("ITEM_ID")).isNotNull();
        assertThat(jdbc.sql("select distinct role from pf_task where department_id = :d").param("d", COUNTY)
                .query(String.class).list()).containsExactly("IMPLEMENTER");
    }

    @Test
    void inboxListsOnlyTheBodysOwnTasksSortedByDue() throws Exception {
        JsonNode page = getJson(COUNTY, "/api/inbox?size=100");
        assertThat(page.get("total").asLong()).isEqualTo(
                taskService.createTaskQuery().taskCandidateGroup(COUNTY).includeAssignedTasks().count()).isPositive();
        List<String> dues = new ArrayList<>();
        for (JsonNode row : page.get("rows")) {
            assertThat(row.get("departmentId").asText()).isEqualTo(COUNTY);
            assertThat(row.get("role").asText()).isEqualTo("IMPLEMENTER");
            assertThat(row.get("itemLabel").asText()).startsWith("(");
            assertThat(row.get("daysLeft").isNumber()).isTrue();
            dues.add(row.get("due").asText());
        }
        assertThat(dues).isSorted();
        assertThat(getJson(COUNTY, "/api/inbox/count").get("open").asLong()).isEqualTo(page.get("total").asLong());
        assertThat(getJson(COUNTY, "/api/inbox?role=LEAD").get("total").asLong()).isZero();

        String leadTask = firstTask(LEAD);
        assertThat(call(COUNTY, HttpMethod.GET, "/api/tasks/" + leadTask, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(COUNTY, HttpMethod.POST, "/api/tasks/" + leadTask + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badRole = call(COUNTY, HttpMethod.GET, "/api/inbox?role=BOSS", null);
        assertThat(badRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badRole.getBody()).contains("role");
    }

    @Test
    void aBodysPageIsCutFromTheInboxIndexInItsOrderRatherThanSortedFromAllItsTasks() {
        Map<String, Object> params = new HashMap<>(Map.of("limit", 20, "offset", 0L));
        String where = Inbox.where(Set.of(COUNTY), new Inbox.Filter(false, false, null, null, null), Instant.now(),
                params);
        String plan = String.join("\n", jdbc.sql("explain " + Inbox.pageIds(Set.of(COUNTY), where)).params(params)
                .query(String.class).list());
        assertThat(plan).contains("PF_TASK_INBOX_DUE").contains("index sorted");
    }

    @Test
    void ofTwoSimultaneousClaimsOneWinsAndTheOtherGets409() throws Exception {
        String taskId = firstTask(COUNTY);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> claims = new ArrayList<>();
            for (String user : List.of(COUNTY, COLLEAGUE)) {
                claims.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(user, HttpMethod.POST, "/api/tasks/" + taskId + "/claim", null);
                }));
            }
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> claim : claims) {
                ResponseEntity<String> response = claim.get(30, TimeUnit.SECONDS);
                statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
                if (response.getStatusCode() == HttpStatus.CONFLICT) {
                    assertThat(response.getBody()).contains("该任务");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        } finally {
            pool.shutdownNow();
        }
        String winner = taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(jdbc.sql("select assignee from pf_task where id = :id").param("id", taskId).query(String.class)
                .single()).isEqualTo(winner);
        String loser = winner.equals(COUNTY) ? COLLEAGUE : COUNTY;
        assertThat(call(loser, HttpMethod.POST, "/api/tasks/" + taskId + "/unclaim", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(call(winner, HttpMethod.POST, "/api/tasks/" + taskId + "/unclaim", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void aTaskIsHandedOnlyToAColleagueOfItsBody() throws Exception {
        String taskId = firstTask(COUNTY);
        ResponseEntity<String> outsider = call(COUNTY, HttpMethod.POST, "/api/tasks/" + taskId + "/delegate",
                Map.of("userId", LEAD));
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outsider.getBody()).contains("userId");
        assertThat(call(COUNTY, HttpMethod.POST, "/api/tasks/" + taskId + "/delegate",
                Map.of("userId", COLLEAGUE)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(getJson(COUNTY, "/api/tasks/" + taskId).get("assignee").asText()).isEqualTo(COLLEAGUE);
        assertThat(call(COLLEAGUE, HttpMethod.POST, "/api/tasks/" + taskId + "/unclaim", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void completingATaskTwiceNeverAnswers500() {
        String taskId = firstTask(COUNTY);
        Map<String, Object> form = Map.of("variables", Map.of(
                "partAcknowledged", Map.of("value", true), "acknowledgementComment", Map.of("value", "收到")));
        ResponseEntity<String> first = call(COUNTY, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                form);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select state from pf_task where id = :id").param("id", taskId).query(String.class)
                .single()).isEqualTo("COMPLETED");
        ResponseEntity<String> second = call(COLLEAGUE, HttpMethod.POST, "/engine-rest/task/" + taskId
                + "/submit-form", form);
        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).contains("办理完毕");
        assertThat(call(COLLEAGUE, HttpMethod.POST, "/api/tasks/" + taskId + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void commentsAreKeptWithTheirAuthor() throws Exception {
        String taskId = firstTask(COUNTY);
        assertThat(call(COUNTY, HttpMethod.POST, "/api/tasks/" + taskId + "/comments", Map.of("message", "已安排专人负责"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(call(COUNTY, HttpMethod.POST, "/api/tasks/" + taskId + "/comments", Map.of("message", " "))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode comments = getJson(COLLEAGUE, "/api/tasks/" + taskId + "/comments");
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("userId").asText()).isEqualTo(COUNTY);
        assertThat(comments.get(0).get("message").asText()).isEqualTo("已安排专人负责");
        assertThat(call(LEAD, HttpMethod.GET, "/api/tasks/" + taskId + "/comments", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void evidenceIsCheckedByExtensionContentAndNameAndStoredUnderARandomName() throws Exception {
        String taskId = firstTask(COUNTY);
        ResponseEntity<String> exe = upload(COUNTY, taskId, "tool.exe", PNG);
        assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        ResponseEntity<String> disguised = upload(COUNTY, taskId, "photo.pdf", PNG);
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(disguised.getBody()).contains("pdf");
        assertThat(upload(COUNTY, taskId, "big.png", new byte[11 * 1024 * 1024]).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        ResponseEntity<String> traversal = upload(COUNTY, taskId, "../../现场照片.png", PNG);
        assertThat(traversal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(traversal.getBody()).contains("文件名不能包含路径");
        ResponseEntity<String> stored = upload(COUNTY, taskId, "现场照片.png", PNG);
        assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode attachment = json.readTree(stored.getBody());
        assertThat(attachment.get("fileName").asText()).isEqualTo("现场照片.png");
        String download = "/api/attachments/" + attachment.get("id").asLong();
        ResponseEntity<byte[]> mine = http.withBasicAuth(COLLEAGUE, PASSWORD).getForEntity(download, byte[].class);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).isEqualTo(PNG);
        assertThat(http.withBasicAuth(LEAD, PASSWORD).getForEntity(download, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("coordinator", PASSWORD).getForEntity(download, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(getJson(COUNTY, "/api/tasks/" + taskId + "/attachments")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(upload(LEAD, taskId, "x.png", PNG).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void evidenceOpensFromAnotherBodysTaskOfTheSameItemAndPeriodOnly() throws Exception {
        Map<String, Object> pair = jdbc.sql("""
                        select c.id as county, l.id as lead from pf_task c join pf_task l
                          on l.item_id = c.item_id and coalesce(l.period_id, -1) = coalesce(c.period_id, -1)
                        where c.department_id = :county and c.state = 'OPEN' and l.department_id = :lead
                        order by c.id, l.id""")
                .param("county", COUNTY).param("lead", LEAD).query().listOfRows().get(0);
        String countyTask = (String) pair.get("county");
        String otherItem = jdbc.sql("""
                        select l.id from pf_task l join pf_task c on c.id = :county
                        where l.department_id = :lead and l.item_id <> c.item_id order by l.id""")
                .param("county", countyTask).param("lead", LEAD).query(String.class).list().get(0);
        ResponseEntity<String> stored = upload(COUNTY, countyTask, "配合佐证.png", PNG);
        assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
        String download = "/api/attachments/" + json.readTree(stored.getBody()).get("id").asLong();

        ResponseEntity<byte[]> fromOwnTask = http.withBasicAuth(LEAD, PASSWORD)
                .getForEntity(download + "?task=" + pair.get("lead"), byte[].class);
        assertThat(fromOwnTask.getStatusCode()).as("the lead opens it from its task of the same item")
                .isEqualTo(HttpStatus.OK);
        assertThat(fromOwnTask.getBody()).isEqualTo(PNG);
        assertThat(http.withBasicAuth(LEAD, PASSWORD).getForEntity(download, String.class).getStatusCode())
                .as("without a task of the item it stays closed").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(LEAD, PASSWORD).getForEntity(download + "?task=" + otherItem, String.class)
                .getStatusCode()).as("a task of another item opens nothing").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(LEAD, PASSWORD).getForEntity(download + "?task=" + countyTask, String.class)
                .getStatusCode()).as("naming another body's task opens nothing").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void deskIsTheCoordinatingOfficesOnly() throws Exception {
        JsonNode desk = getJson("coordinator", "/api/desk");
        assertThat(desk.has("escalations")).isTrue();
        assertThat(desk.get("reviews").get("rows").isArray()).isTrue();
        assertThat(desk.get("extensions").get("rows").isArray()).isTrue();
        assertThat(call(COUNTY, HttpMethod.GET, "/api/desk", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String firstTask(String department) {
        return jdbc.sql("""
                select id from pf_task where department_id = :d and state = 'OPEN' and assignee is null
                order by due_at, id""")
                .param("d", department).query(String.class).list().get(0);
    }

    private JsonNode getJson(String user, String path) throws Exception {
        ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> upload(String user, String taskId, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, PASSWORD).postForEntity("/api/tasks/" + taskId + "/attachments",
                new HttpEntity<>(parts, headers), String.class);
    }
}
